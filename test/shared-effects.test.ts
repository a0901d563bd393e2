// An effect reached only in code every tool goes through, at a target no
// argument of the tool reaches, is the server's bookkeeping, not the tool's act.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fillCapabilities } from "../analyzer/mcp/capabilities.js";
import { extractServer } from "../analyzer/mcp/index.js";
import { walk, type Node } from "../analyzer/parse/ast.js";
import type { Program } from "../analyzer/program/index.js";
import type { SinkHit, TaintResult } from "../analyzer/taint/spec.js";
import { CAPABILITY_ROWS, CREDENTIAL_ENV } from "../rules/models/capabilities.js";
import { SQL_STATEMENT_KINDS } from "../rules/models/sql.js";
import { programOf } from "./support/program.js";

const MODEL = { rows: CAPABILITY_ROWS, credentialEnv: CREDENTIAL_ENV, sql: SQL_STATEMENT_KINDS };
const LOCATION = { file: "src/index.js", line: 1, column: 0 };

/** A fake engine: no APIs of its own (the surface's reach is enough here); path-traversal hits at the calls named, from the tools given. */
function taintWith(program: Program, pathArguments: { callee: string; tool: string }[]): TaintResult {
  const hits: SinkHit[] = [];
  for (const m of program.modules) {
    walk(m.ast, {
      enter(n: Node) {
        if (n.type !== "CallExpression" || n.callee.type !== "Identifier") return;
        const name = n.callee.name;
        for (const p of pathArguments.filter((x) => x.callee === name)) {
          hits.push({ kind: "path-traversal", callee: name, node: n, module: m, location: LOCATION, argument: "Argument[0]", flows: [{ label: { id: 1, kind: "tool-argument", name: p.tool, location: LOCATION }, sanitizedFor: [], guards: [], path: [] }] });
        }
      },
    });
  }
  return { hits, hitsOf: (kind) => hits.filter((h) => h.kind === kind), reachableApis: () => new Set(), constantsOf: () => [], escapingThrows: () => [], incomplete: [], analyzed: () => true };
}

const SESSION = `import { readFile, writeFile, unlink } from "node:fs/promises";
const TOKEN_FILE = "/var/lib/ledger/session.json";
export async function save(file, value) { await writeFile(file, JSON.stringify(value)); }
export async function session() {
  try { return JSON.parse(await readFile(TOKEN_FILE, "utf8")); } catch {}
  const res = await fetch("https://auth.example/token", { method: "POST" });
  if (res.status === 401) { await unlink(TOKEN_FILE); throw new Error("refused"); }
  const token = await res.json();
  await save(TOKEN_FILE, token);
  return token;
}
`;

function capabilities(server: string, pathArguments: { callee: string; tool: string }[] = []): [string, string[]][] {
  const program = programOf({ "src/session.js": SESSION, "src/index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nimport { writeFile } from "node:fs/promises";\nimport { session, save } from "./session.js";\nconst server = new McpServer({ name: "l", version: "1" });\n${server}` });
  const extracted = extractServer(program);
  fillCapabilities(extracted, taintWith(program, pathArguments), program, MODEL);
  return extracted.model.tools.map((t) => [t.name, t.capabilities.filter((c) => c.startsWith("fs-"))]);
}

test("a token cache every tool refreshes and drops is the server's bookkeeping", () => {
  assert.deepEqual(
    capabilities(`server.tool("list", "l", async () => { await session(); return { content: [] }; });
server.tool("get", "g", async ({ id }) => { const s = await session(); return { content: [{ type: "text", text: s.id + id }] }; });
`),
    [
      ["list", ["fs-read"]],
      ["get", ["fs-read"]],
    ],
  );
});

test("what one tool writes besides the shared layer stays its own; so does the shared layer of a one-tool server", () => {
  assert.deepEqual(
    capabilities(`server.tool("list", "l", async () => { await session(); return { content: [] }; });
server.tool("keep", "k", async () => { const s = await session(); await writeFile("/srv/ledgers.json", JSON.stringify(s)); return { content: [] }; });
`),
    [
      ["list", ["fs-read"]],
      ["keep", ["fs-read", "fs-write"]],
    ],
  );
  // One tool: the session's delete is in its own path (its fixed token write is judged by the older bookkeeping spellings).
  assert.deepEqual(capabilities(`server.tool("list", "l", async () => { await session(); return { content: [] }; });\n`), [["list", ["fs-read", "fs-delete"]]]);
});

test("a shared writer whose path a tool's argument reaches writes for that tool, not for the others", () => {
  assert.deepEqual(
    capabilities(
      `server.tool("list", "l", async () => { await session(); return { content: [] }; });
server.tool("export", "e", async ({ file }) => { const s = await session(); await save(file, s); return { content: [] }; });
`,
      [{ callee: "writeFile", tool: "export" }],
    ),
    [
      ["list", ["fs-read"]],
      ["export", ["fs-read", "fs-write"]],
    ],
  );
});

test("a shared helper that runs what its caller passes runs each caller's command line, even beside a fixed command of the same API", () => {
  const program = programOf({
    "src/index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { execFileSync } from "node:child_process";
const server = new McpServer({ name: "g", version: "1" });
function git(args) { execFileSync("hostname"); return execFileSync("git", args, { encoding: "utf8" }); }
server.tool("log", "l", async () => ({ content: [{ type: "text", text: git(["log", "-n", "5"]) }] }));
server.tool("push", "p", async () => ({ content: [{ type: "text", text: git(["push"]) }] }));
function whoami() { return execFileSync("id", ["-un"], { encoding: "utf8" }); }
const server2 = server;
server2.tool("status", "s", async () => { whoami(); return { content: [{ type: "text", text: git(["status"]) }] }; });
`,
  });
  const extracted = extractServer(program);
  fillCapabilities(extracted, taintWith(program, []), program, MODEL);
  // `git(args)` runs the line each tool passes: every tool keeps running processes.
  assert.deepEqual(
    extracted.model.tools.map((t) => [t.name, t.capabilities]),
    [
      ["log", ["process-exec"]],
      ["push", ["process-exec"]],
      ["status", ["process-exec"]],
    ],
  );
});
