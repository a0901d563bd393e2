#!/usr/bin/env node
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/server/bridge.ts
var bridge_exports = {};
__export(bridge_exports, {
  startBridge: () => startBridge
});
function setBoardUrl(url) {
  boardUrl = url;
}
async function boardGet(path) {
  const res = await fetch(`${boardUrl}${path}`); // ok: ssrf
  if (!res.ok) throw new Error(`board answered ${res.status}`);
  return res.json();
}
async function boardPost(path, body) {
  const res = await fetch(`${boardUrl}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }); // ok: ssrf
  return res.json();
}
async function startBridge(url) {
  if (url) setBoardUrl(url);
  const server = new import_mcp.McpServer({ name: "pinboard-bridge", version: "1.2.0" });
  server.tool("get_note", "Read one note", { noteId: import_zod.z.string() }, async ({ noteId }) => ({ content: [{ type: "text", text: JSON.stringify(await boardGet(`/notes/${noteId}`)) }] }));
  server.tool("search_notes", "Search notes", { q: import_zod.z.string() }, async ({ q }) => ({ content: [{ type: "text", text: JSON.stringify(await boardGet("/notes?q=" + q)) }] }));
  server.tool("resolve_note", "Resolve a note", { noteId: import_zod.z.string(), summary: import_zod.z.string() }, async ({ noteId, summary }) => ({ content: [{ type: "text", text: JSON.stringify(await boardPost(`/notes/${noteId}/resolve`, { summary })) }] }));
  // Twin: a mirror the model names is where the request goes, lazy init or not.
  server.tool("get_mirrored_note", "Read a note from a mirror board", { mirror: import_zod.z.string(), noteId: import_zod.z.string() }, async ({ mirror, noteId }) => {
    const res = await fetch(`${mirror}/notes/${noteId}`); // expect: ssrf
    return { content: [{ type: "text", text: await res.text() }] };
  });
  await server.connect(new import_stdio.StdioServerTransport());
}
var import_mcp, import_stdio, import_zod, boardUrl;
var init_bridge = __esm({
  "src/server/bridge.ts"() {
    "use strict";
    import_mcp = require("@modelcontextprotocol/sdk/server/mcp.js");
    import_stdio = require("@modelcontextprotocol/sdk/server/stdio.js");
    import_zod = require("zod");
    boardUrl = "http://localhost:4848";
  }
});

// src/cli.ts
var command = process.argv[2];
if (command === "bridge") {
  Promise.resolve().then(() => (init_bridge(), bridge_exports)).then(({ startBridge: startBridge2 }) => {
    const args = process.argv.slice(3);
    let boardArg = "http://localhost:4848";
    for (let i = 0; i < args.length; i++) if (args[i] === "--board-url" && args[i + 1]) boardArg = args[++i];
    startBridge2(boardArg).catch((err) => {
      console.error("bridge failed:", err);
      process.exit(1);
    });
  });
} else {
  console.error("usage: pinboard-bridge-mcp bridge [--board-url URL]");
  process.exit(1);
}
