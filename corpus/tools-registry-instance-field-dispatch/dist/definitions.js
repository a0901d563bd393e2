export const toolDefinitions = [
  {
    name: "log_search",
    description: "Search commit messages for a text",
    inputSchema: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
  },
  {
    name: "show_commit",
    description: "Show the files a commit changed",
    inputSchema: { type: "object", properties: { sha: { type: "string" } }, required: ["sha"] },
  },
];
