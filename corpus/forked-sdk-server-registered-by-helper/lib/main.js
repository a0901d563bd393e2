"use strict";
const protocol = require("@shelfworks/agent-protocol/server/high.js");
const stdio = require("@shelfworks/agent-protocol/server/stdio.js");
const { registerShelfTools } = require("./shelf-tools.js");

async function main() {
  const server = new protocol.McpServer({ name: "backup-shelf", version: "0.4.0" });
  registerShelfTools(server);
  await server.connect(new stdio.StdioServerTransport());
}

main().catch((err) => {
  console.error("backup-shelf failed to start:", err.message);
  process.exit(1);
});
