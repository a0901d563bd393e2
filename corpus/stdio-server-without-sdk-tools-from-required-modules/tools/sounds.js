const { execFile } = require("node:child_process");

const definition = {
  name: "list_sounds",
  description: "Lists the system alert sounds",
  inputSchema: { type: "object", properties: {} },
};

function handler() {
  return new Promise((resolve) => {
    execFile("ls", ["/System/Library/Sounds"], (err, stdout) => resolve({ content: [{ type: "text", text: err ? "none" : stdout }] }));
  });
}

module.exports = { definition, handler };
