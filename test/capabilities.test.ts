// Capability rows matched against reachable APIs (a fake engine result), SQL
// verbs deciding database capabilities, and the surface's own floor.
import assert from "node:assert/strict";
import { test } from "node:test";
import { capabilitiesOf, fillCapabilities } from "../analyzer/mcp/capabilities.js";
import { extractServer } from "../analyzer/mcp/index.js";
import type { FunctionNode, SinkHit, TaintResult } from "../analyzer/taint/spec.js";
import { CAPABILITY_ROWS, CREDENTIAL_ENV } from "../rules/models/capabilities.js";
import { SQL_STATEMENT_KINDS } from "../rules/models/sql.js";
import { programOf } from "./support/program.js";

const MODEL = { rows: CAPABILITY_ROWS, credentialEnv: CREDENTIAL_ENV, sql: SQL_STATEMENT_KINDS };

function fakeTaint(reachable: (fn: FunctionNode) => string[]): TaintResult {
  const hits: SinkHit[] = [];
  return { hits, hitsOf: () => [], reachableApis: (fn) => new Set(reachable(fn)), constantsOf: () => [], escapingThrows: () => [], incomplete: [], analyzed: () => true };
}

test("rows: fs, process, network, env credentials", () => {
  assert.deepEqual(capabilitiesOf(["fs/promises Member[readFile]", "fs Member[promises].Member[rm]", "child_process Member[execFile]"], [], MODEL), { capabilities: ["fs-read", "fs-delete", "process-exec"], credentials: [] });
  assert.deepEqual(capabilitiesOf(["axios Member[create].ReturnValue.Member[post]", "global Member[fetch]"], [], MODEL), { capabilities: ["network-read", "network-send"], credentials: [] });
  assert.deepEqual(capabilitiesOf(["global Member[process].Member[env].Member[GITHUB_TOKEN]", "global Member[process].Member[env].Member[HOME]"], [], MODEL), { capabilities: ["env-read", "credential-access"], credentials: ["GITHUB_TOKEN"] });
  assert.deepEqual(capabilitiesOf(["lodash Member[get]", "fs Member[readFileSyncX]"], [], MODEL), { capabilities: [], credentials: [] });
});

test("SQL verbs of constant SQL decide database capabilities; the model's SQL can do anything; unknown text is unknown", () => {
  const pg = ["pg Member[Pool].Instance.Member[query]"];
  assert.deepEqual(capabilitiesOf(pg, ["SELECT id FROM users WHERE id = $1"], MODEL).capabilities, ["db-read"]);
  assert.deepEqual(capabilitiesOf(pg, ["DELETE FROM sessions WHERE expires < $1", "Update the record"], MODEL).capabilities, ["db-delete"]);
  assert.deepEqual(capabilitiesOf(pg, ["CREATE TABLE IF NOT EXISTS t (a int)", "insert into t values (1)"], MODEL).capabilities, ["db-write"]);
  assert.deepEqual(capabilitiesOf(pg, ["no sql here"], MODEL).capabilities, ["db-query"]);
  // A tool argument is the statement: everything the connection allows, even next to a constant SELECT.
  assert.deepEqual(capabilitiesOf(pg, ["SELECT version() FROM pg_catalog.pg_database"], MODEL, new Map(), true).capabilities, ["db-read", "db-write", "db-delete"]);
  // Inside a read-only transaction the database refuses writes, whoever writes the statement.
  assert.deepEqual(capabilitiesOf(pg, ["BEGIN TRANSACTION READ ONLY", "ROLLBACK"], MODEL, new Map(), true).capabilities, ["db-read"]);
  assert.deepEqual(capabilitiesOf(pg, ["SET TRANSACTION READ ONLY", "DELETE FROM t"], MODEL).capabilities, ["db-read"]);
  assert.deepEqual(capabilitiesOf(["@prisma/client Member[PrismaClient].Instance.Member[user].Member[deleteMany]"], [], MODEL).capabilities, ["db-delete"]);
  // A schema made only where missing, and connection pragmas, change no row; a text that also inserts writes.
  assert.deepEqual(capabilitiesOf(pg, ["\nCREATE TABLE IF NOT EXISTS t (a int);\nCREATE UNIQUE INDEX IF NOT EXISTS t_a ON t(a);\n", "PRAGMA journal_mode = WAL", "SELECT a FROM t"], MODEL).capabilities, ["db-read"]);
  assert.deepEqual(capabilitiesOf(pg, ["CREATE TABLE IF NOT EXISTS t (a int); INSERT INTO t VALUES (1)"], MODEL).capabilities, ["db-write"]);
  assert.deepEqual(capabilitiesOf(pg, ["CREATE TABLE t (a int)"], MODEL).capabilities, ["db-write"]);
  assert.deepEqual(capabilitiesOf(pg, ["PRAGMA user_version = 3"], MODEL).capabilities, ["db-query"]);
  // The model's statement, checked to be one SELECT: reads.
  assert.deepEqual(capabilitiesOf(pg, [], MODEL, new Map(), "select").capabilities, ["db-read"]);
});

test("SQL texts that reach a query call: their leading keyword decides, even cut off by a computed name; the handler's other literals do not", () => {
  const pg = ["pg Member[Pool].Instance.Member[query]"];
  // Held literals: a recommendation the handler returns; run: what reached the query call.
  const held = ["SELECT indexname FROM pg_indexes", 'DROP INDEX "ix_a"', "ALTER TABLE t ADD INDEX ix (a)"];
  assert.deepEqual(capabilitiesOf(pg, ["SELECT indexname FROM pg_indexes"], MODEL, new Map(), false, held).capabilities, ["db-read"]);
  assert.deepEqual(capabilitiesOf(pg, ['UPDATE " x  SET'], MODEL, new Map(), false, []).capabilities, ["db-write"]);
  assert.deepEqual(capabilitiesOf(pg, ["DROP USER  x "], MODEL, new Map(), false, []).capabilities, ["db-delete"]);
  // Prose among the literals is still not SQL; a read-only transaction anywhere in the handler still holds.
  assert.deepEqual(capabilitiesOf(pg, ["Update the record"], MODEL).capabilities, ["db-query"]);
  assert.deepEqual(capabilitiesOf(pg, ["DELETE FROM t"], MODEL, new Map(), false, ["SET TRANSACTION READ ONLY"]).capabilities, ["db-read"]);
  // Nothing known reached the call: unknown.
  assert.deepEqual(capabilitiesOf(pg, [], MODEL, new Map(), false, ["DELETE FROM t"]).capabilities, ["db-query"]);
});

test("fillCapabilities: engine APIs for whole handlers, only the branch's own APIs for a shared dispatcher", () => {
  const program = programOf({
    "src/index.js": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs";
import { execFileSync } from "node:child_process";
const low = new Server({ name: "a", version: "1" });
low.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [{ name: "read", description: "r", inputSchema: {} }, { name: "run", description: "x", inputSchema: {} }] }));
low.setRequestHandler(CallToolRequestSchema, async (req) => {
  switch (req.params.name) {
    case "read": return { content: [{ type: "text", text: fs.readFileSync("/etc/hostname", "utf8") }] };
    case "run": return { content: [{ type: "text", text: runIt() }] };
  }
});
function runIt() { return execFileSync("uptime", { encoding: "utf8" }); }
const high = new McpServer({ name: "b", version: "1" });
high.tool("send", "s", async () => ({ content: [] }));
`,
  });
  const server = extractServer(program);
  // The fake engine says the whole high-level handler posts with axios; for the dispatcher it would report everything.
  const taint = fakeTaint((fn) => (fn.loc.start.line === 16 ? ["axios Member[post]"] : ["fs Member[readFileSync]", "child_process Member[execFileSync]"]));
  fillCapabilities(server, taint, program, MODEL);
  assert.deepEqual(server.model.tools.map((t) => [t.name, t.capabilities]), [
    ["read", ["fs-read"]],
    ["run", ["process-exec"]],
    ["send", ["network-read", "network-send"]],
  ]);
});

test("fillCapabilities: the whole environment used as a value is env-read (a get-env tool)", () => {
  const program = programOf({
    "src/index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
const server = new McpServer({ name: "c", version: "1" });
server.tool("get-env", "Print the environment", async () => ({ content: [{ type: "text", text: JSON.stringify(process.env, null, 2) }] }));
server.tool("home", "Where home is", async () => ({ content: [{ type: "text", text: process.env.HOME ?? "" }] }));
server.tool("echo", "Echo", async ({ text }) => ({ content: [{ type: "text", text }] }));
`,
  });
  const server = extractServer(program);
  fillCapabilities(server, fakeTaint(() => []), program, MODEL);
  assert.deepEqual(server.model.tools.map((t) => [t.name, t.capabilities]), [
    ["get-env", ["env-read"]],
    ["home", ["env-read"]],
    ["echo", []],
  ]);
});
