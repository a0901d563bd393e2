// Prompts kept as data: each says its arguments as a list, the way prompts/list serves them.
function reviewPrompt() {
  return {
    name: "review_snippet",
    description: "Ask for a careful review of one stored snippet",
    arguments: [
      { name: "snippet_id", description: "Which snippet to review", required: true },
      { name: "focus", description: "What to look at first", required: false },
    ],
    handler: async (args) => `Review snippet ${args.snippet_id}, looking first at ${args.focus ?? "correctness"}.`,
  };
}

function tidyPrompt() {
  return {
    name: "tidy_library",
    description: "Suggest which snippets to merge or retire",
    arguments: [],
    handler: async (_args) => "List the snippets that repeat each other and say which one to keep.",
  };
}

export function allPrompts() {
  return [reviewPrompt(), tidyPrompt()];
}
