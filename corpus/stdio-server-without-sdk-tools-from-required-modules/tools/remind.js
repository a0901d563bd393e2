const { exec } = require("node:child_process");

const definition = {
  name: "remind",
  description: "Says a reminder out loud",
  inputSchema: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
};

function handler(args) {
  return new Promise((resolve) => {
    exec(`say "${args.text}"`, (err) => resolve({ content: [{ type: "text", text: err ? "failed" : "said" }] })); // expect: command-injection (critical)
  });
}

module.exports = { definition, handler };
