export default function createPrompt() {
  return {
    name: "plot_styling",
    config: { description: "How to pick colors for a plot", argsSchema: {} },
    handler: async () => ({ messages: [{ role: "user", content: { type: "text", text: "Prefer colorblind-safe palettes." } }] }),
  };
}
