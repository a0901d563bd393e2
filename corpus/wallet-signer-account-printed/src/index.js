#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { evmAccount, legacyWallet, solanaSigner } from "./wallets.js";

const evm = evmAccount();
const svm = await solanaSigner();
const legacy = legacyWallet();

// `register` prints the accounts for the user to fund.
if (process.argv[2] === "register") {
  // ok: secret-in-log
  console.log(JSON.stringify({ evm, svm }, null, 2));
}

const server = new McpServer({ name: "paywall-agent", version: "0.3.0" });
server.tool("wallets", "The addresses payments are made from", {}, async () => {
  // ok: secret-in-log
  console.error("wallets requested", evm, svm);
  return { content: [{ type: "text", text: JSON.stringify({ evm: evm.address, svm: svm.address }) }] };
});
server.tool("legacy_wallet", "The legacy wallet's address", {}, async () => {
  console.error("legacy wallet requested", legacy); // expect: secret-in-log
  return { content: [{ type: "text", text: legacy.address }] };
});
await server.connect(new StdioServerTransport());
