// A package whose tools were not read says why (issue 17): "0 tools" must never read as an empty server.
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { extractServer } from "../analyzer/mcp/index.js";
import type { PackageFacts } from "../analyzer/types.js";
import { scan } from "../analyzer/scan.js";
import { inventoryOf, renderInventoryText } from "../reports/inventory.js";
import { programOf } from "./support/program.js";

function extract(files: Record<string, string>, facts: Partial<PackageFacts> = {}, deps: Record<string, string> = {}) {
  const program = programOf(files, deps);
  Object.assign(program.facts, facts);
  return extractServer(program).model;
}

/** A module whose every name is a minted counter and whose strings sit in a rotated table, as an obfuscator leaves it. */
function mintedModule(prefix: string): string {
  const lines = [`const ${prefix}5f28 = ["dG9vbA==", "cnVu", "c3RkaW8="];`, `function ${prefix}28ac(${prefix}1b2c) { return ${prefix}5f28[${prefix}1b2c - 0x10]; }`];
  for (let i = 0; i < 100; i++) lines.push(`const ${prefix}${(0x4a0 + i).toString(16)} = ${prefix}28ac(0x10 + ${i % 3}) + ${prefix}28ac(0x11);`);
  return lines.join("\n");
}

test("obfuscated code is named as the reason; code merely minified with short names is not", () => {
  const obfuscated = extract({ "dist/main.js": mintedModule("_0x") }, { entryPoints: { exports: [], bin: { tool: "dist/main.js" } } });
  assert.equal(obfuscated.unread?.kind, "obfuscated");
  assert.match(obfuscated.unread?.reason ?? "", /obfuscated .*dist\/main\.js/);

  const minified = extract({ "dist/main.js": mintedModule("q") }, { entryPoints: { exports: [], bin: { tool: "dist/main.js" } } });
  assert.notEqual(minified.unread?.kind, "obfuscated");
});

test("a package shipping no code names its missing entry", () => {
  const empty = extract({}, { entryPoints: { main: "build/server.js", exports: [], bin: { srv: "build/server.js" } } });
  assert.equal(empty.unread?.kind, "no-code");
  assert.match(empty.unread?.reason ?? "", /build\/server\.js is not in the package/);
  // Code that is there but was not read (too large, unparsable) is not "no code".
  const unparsed = extract({}, { entryPoints: { main: "build/server.js", exports: [], bin: {} }, files: ["build/server.js", "build/server.d.ts", "README.md"], filesSkipped: 1 });
  assert.equal(unparsed.unread?.kind, "no-code");
  assert.match(unparsed.unread?.reason ?? "", /no code was read: its 1 code file \(build\/server\.js\) was not parsed \(unparsable or skipped/);
});

test("tools loaded from files a computed path picks: the scan says it cannot know them; a fixed import is no such load", () => {
  const loader = extract({
    "srv.js": `import { readdirSync } from "fs";
const handlers = {};
for (const f of readdirSync(new URL("./handlers/", import.meta.url))) {
  const mod = await import(new URL(f, new URL("./handlers/", import.meta.url)).href);
  handlers[mod.id] = mod.run;
}
`,
  }, { entryPoints: { main: "srv.js", exports: [], bin: {} } });
  assert.equal(loader.unread?.kind, "run-time-load");
  assert.match(loader.unread?.reason ?? "", /srv\.js:4/);

  const fixed = extract({ "srv.js": `const greet = await import("./greet.js");\nconsole.log(greet.default());\n`, "greet.js": `export default () => "hi";\n` }, { entryPoints: { main: "srv.js", exports: [], bin: {} } });
  assert.equal(fixed.unread?.kind, "no-server");
});

test("MCP methods answered by hand without a registration read: tools unknown, not absent", () => {
  const handRolled = extract({
    "rpc.js": `process.stdin.on("data", (buf) => {
  const msg = JSON.parse(buf);
  if (msg.method === "tools/call") reply(msg.id, dispatch(msg.params));
});
`,
  }, { entryPoints: { main: "rpc.js", exports: [], bin: {} } });
  assert.equal(handRolled.unread?.kind, "unrecognised");
  assert.match(handRolled.unread?.reason ?? "", /"tools\/call" at rpc\.js:3/);
});

test("a command-line program with no MCP server says so; a found tool or a server elsewhere needs no reason", () => {
  const cli = extract({ "cli.js": `const [cmd] = process.argv.slice(2);\nif (cmd === "audit") console.log("checking settings");\n` }, { entryPoints: { main: "cli.js", exports: [], bin: {} } });
  assert.equal(cli.unread?.kind, "no-server");
  assert.match(cli.unread?.reason ?? "", /no MCP server found/);

  const server = extract({
    "index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
const s = new McpServer({ name: "n", version: "1" });
s.tool("ping", "answers pong", async () => ({ content: [{ type: "text", text: "pong" }] }));
`,
  }, { entryPoints: { main: "index.js", exports: [], bin: {} } }, { "@modelcontextprotocol/sdk": "^1.12.0" });
  assert.equal(server.tools.length, 1);
  assert.equal(server.unread, undefined);

  // The server SDK imported, but its use not read (a registration behind a minified loop over class instances): unknown, not "no server".
  const hidden = extract({
    "index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
const kinds = new Map([["a", class { run() { return 1; } }]]);
export const make = (Ctor) => { const m = new Ctor(); for (const [k, v] of kinds) m[String.fromCharCode(116, 111, 111, 108)](k, "", async () => new v().run()); return m; };
`,
  }, { entryPoints: { main: "index.js", exports: [], bin: {} } }, { "@modelcontextprotocol/sdk": "^1.12.0" });
  assert.equal(hidden.tools.length, 0);
  assert.equal(hidden.unread?.kind, "unrecognised");
  assert.match(hidden.unread?.reason ?? "", /imports an MCP server SDK.*unknown, not absent/);

  const shim = extract({
    "bin/proxy.js": `import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
const transport = new StdioClientTransport({ command: "uvx", args: ["some-server"] });
`,
  }, { entryPoints: { exports: [], bin: { proxy: "bin/proxy.js" } } }, { "@modelcontextprotocol/sdk": "^1.12.0" });
  assert.equal(shim.elsewhere?.kind, "shim");
  assert.equal(shim.unread, undefined);
});

test("scan and inventory carry the reason: a warning diagnostic and the inventory's line in place of \"no tools found\"", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "warden-unread-"));
  try {
    await writeFile(path.join(dir, "package.json"), JSON.stringify({ name: "settings-auditor", version: "1.0.0", bin: { "settings-auditor": "cli.js" } }));
    await writeFile(path.join(dir, "cli.js"), `const [cmd] = process.argv.slice(2);\nif (cmd === "audit") console.log("checking settings");\n`);
    const result = await scan(dir);
    assert.equal(result.server.unread?.kind, "no-server");
    assert.ok(result.diagnostics.some((d) => d.code === "tools-unread" && d.level === "note" && /no MCP server found/.test(d.message)));
    const inv = inventoryOf(result);
    assert.equal(inv.unread?.kind, "no-server");
    assert.match(renderInventoryText(inv), /\(no tools read: no MCP server found/);
    // MCP answered but no registration read: the scan is incomplete, a warning.
    await writeFile(path.join(dir, "cli.js"), `process.stdin.on("data", (b) => { const m = JSON.parse(b); if (m.method === "tools/list") reply(m.id, listing()); });\n`);
    const handRolled = await scan(dir);
    assert.ok(handRolled.diagnostics.some((d) => d.code === "tools-unread" && d.level === "warning" && /answers MCP requests/.test(d.message)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
