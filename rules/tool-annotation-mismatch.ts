// tool-annotation-mismatch: the annotations a tool declares (which clients use
// to skip confirmation prompts) contradict what its handler can reach.
import type { HandlerRef } from "../analyzer/mcp/index.js";
import { apiKeyOf } from "../analyzer/mcp/reachable.js";
import { propertyName, stringLiteralValue, unwrapExpression, walk } from "../analyzer/parse/ast.js";
import { apiMatches, type SinkHit } from "../analyzer/taint/spec.js";
import type { Capability, SurfaceItem } from "../analyzer/types.js";
import { CAPABILITY_ROWS } from "./models/capabilities.js";
import { isReadOnlyCommand } from "./models/commands.js";
import type { Rule, RuleContext } from "./types.js";
import { folderFor } from "./util/outbound.js";

/**
 * Capabilities a read-only tool cannot have. Outbound requests count by the
 * HTTP method the handler itself names (`httpMethodsOf`): a POST says nothing
 * (APIs take searches and queries as POST bodies), a PUT or PATCH changes
 * something, a DELETE deletes.
 */
const MUTATING: Capability[] = ["fs-write", "fs-delete", "process-exec", "db-write", "db-delete"];
const DELETING: Capability[] = ["fs-delete", "db-delete"];

export const toolAnnotationMismatch: Rule = {
  meta: {
    id: "tool-annotation-mismatch",
    title: "Tool annotations contradict the handler",
    defaultSeverity: "medium",
    threat: "over-broad-permissions",
    summary: "A tool says it is read-only (or not destructive) but its handler can write, delete, run commands that change things.",
    description:
      "MCP clients use `readOnlyHint` and `destructiveHint` to decide whether to ask the user before a call; some auto-approve read-only tools. A tool annotated `readOnlyHint: true` whose handler can write or delete files, run a command that is not read-only, write to a database or send a PUT, PATCH or DELETE request, or one annotated `destructiveHint: false` that can delete (a file, a row, a DELETE request), gets approved without the user seeing what it does. An effect is the tool's act only when this call's values decide it: a write, delete, process start or statement reached only in code every tool of the server goes through (an auth layer that caches and drops its token, the connection set-up of a shared client, an audit trail in the wrapper registered around each tool), at a target (path, command line, statement) no argument of this tool reaches, is the server's bookkeeping whichever tool is called; the same effect reached from some tools only, or at a target a tool argument picks, stays the tool's act. What a helper every tool goes through (a result wrapper, a retry or deadline helper) runs of the callback a tool hands it is that tool's act alone. A request's method counts where the handler names it (a POST, which APIs use for searches, says nothing; a DELETE in a `finally` or in a helper every tool goes through is the cleanup of a session). A write is judged by the values this tool's call gives: the server's own bookkeeping (a temp file, a log, a token or device cache in its own hidden folder, also where the code spells the home `~`: `HOME || \"~\"`; a copy of what the tool fetched, a catalog or an index, saved at names the code fixes in a folder the code calls a cache, beside the project or where a cache env var points, also one read through a helper given its name: the cache holds what the tool read; a name this tool's argument gives, unchecked by code or schema, moves the write where the model points and is a write, except in a folder the call made fresh or the temp folder, where it stays the call's working copy), a folder created where no tool argument points (a configured profile, cache or output folder made before the tool reads: it changes no file there is) and a shared writer whose path parameter this tool never passes are not writes of the user's. A delete is judged the same way: clearing the server's own leftovers in the temp folder (an expiry sweep, a cap on its cache there, also over a list mapped from that folder's listing) deletes nothing of the user's, and what another tool deletes through the same helper or API (a cache read that drops the entry the model names) is that tool's act, not every tool's that shares the module. Nor is a schema the server's store creates only where it is missing (`CREATE TABLE IF NOT EXISTS`, connection pragmas), nor the model's statement behind a check that it starts with SELECT, on a driver call that runs one statement. A command is read-only by its program and subcommand (a table of CLIs: `git log` reads, `git push` writes), however the code builds the command line; a CLI the table has no row for is judged by the words the code fixes after it (a read verb such as `list`, `view`, `describe` and no write verb such as `delete`, `set`, `submit`, `cancel`, nor an option that writes: rules/models/commands.ts); a program or subcommand the code does not fix counts as running commands. A tool argument that is an operand after the program (an element of the argument vector, also one a `shell: true` spawn joins) does not choose what runs: where the program is not pinned, the claim is only not confirmed (low); that the operand can break a joined line is command-injection's finding.",
    help: [
      "**Why it matters.** Annotations are how a client decides what needs a confirmation. A wrong `readOnlyHint` silently removes the human from a write, a delete or a shell command.",
      "",
      "**How to fix.** Make the annotations say what the handler does (`readOnlyHint: false`, `destructiveHint: true`), or split the tool so the read-only one really only reads.",
      "",
      "```ts",
      'server.registerTool("sync", { annotations: { readOnlyHint: true } }, async () => { await fs.rm(dir, { recursive: true }); … });',
      "```",
    ].join("\n"),
    precision: "medium",
  },
  check(ctx) {
    for (const tool of ctx.server.tools) {
      const { readOnlyHint, destructiveHint } = tool.annotations;
      if (readOnlyHint !== true && destructiveHint !== false) continue;
      const processes = tool.capabilities.includes("process-exec") ? processVerdict(ctx, tool) : "read-only";
      const mutating = tool.capabilities.filter((c) => MUTATING.includes(c) && !(c === "process-exec" && processes === "read-only"));
      const methods = httpMethodsOf(ctx, tool);
      const requests = readOnlyHint === true ? methods : methods.filter((m) => m === "DELETE");
      const against = readOnlyHint === true ? mutating : tool.capabilities.filter((c) => DELETING.includes(c));
      if (against.length === 0 && requests.length === 0) continue;
      const claim = readOnlyHint === true ? "readOnlyHint: true" : "destructiveHint: false";
      // Programs the scan could not pin may only read (a vendor's own CLI listing devices): said, at low, when nothing else contradicts the claim.
      const unknownOnly = against.length > 0 && against.every((c) => c === "process-exec") && processes === "unknown" && requests.length === 0;
      const acts = against.map((c) => (c !== "process-exec" ? describe(c) : processes === "unknown" ? "run programs the scan could not pin (it cannot tell whether they only read)" : processes === "model" ? "run command lines a tool argument reaches" : describeProcesses(tool, ctx.handlers)));
      if (requests.length > 0) acts.push(`${requests.includes("DELETE") && readOnlyHint !== true ? "delete" : "change"} things through an API (${requests.map((m) => `\`${m}\``).join(", ")} requests)`);
      ctx.report({
        ...(unknownOnly ? { severity: "low" as const } : {}),
        message: `Tool "${tool.name}" declares ${claim}, but its handler can ${acts.join(", ")}`,
        location: tool.nameLocation,
        related: tool.handlerLocation ? [{ location: tool.handlerLocation, message: "handler" }] : undefined,
        fix: "Correct the annotations to what the handler does, or split the tool so the read-only part only reads.",
        fingerprintKey: `${tool.name}|${claim}|${[...against, ...requests].join(",")}`,
        properties: { tool: tool.name, claim, capabilities: against, ...(requests.length > 0 ? { httpMethods: requests } : {}) },
      });
    }
  },
};

const CHANGING_METHODS = ["PUT", "PATCH", "DELETE"];
const NETWORK_SEND_ROWS = CAPABILITY_ROWS.filter((r) => r.capability === "network-send");

/**
 * The HTTP methods that change things (PUT, PATCH, DELETE) the handler's own
 * code names: `method: "PATCH"` in the options object a call gets, `"DELETE"`
 * leading a request helper's arguments (`api("DELETE", path)`), an HTTP client's `.put()`,
 * `.patch()` or `.delete()`. Only the handler's own body counts: a helper every
 * tool reaches (a WebDriver session closed after each command) is not what
 * this tool does; nor is a request in a `finally` block, the cleanup of what
 * the call opened.
 */
function httpMethodsOf(ctx: RuleContext, tool: SurfaceItem): string[] {
  const found = new Set<string>();
  const folder = folderFor(ctx.program);
  for (const h of ctx.handlers) {
    if (h.item !== tool) continue;
    // A dispatcher whose part for this tool was not found holds every tool's requests.
    if (!h.branch && ctx.handlers.some((o) => o.fn === h.fn && o.item !== tool)) continue;
    walk(h.branch ?? h.fn, {
      enter(n, parent) {
        // A `finally` block is not entered: nothing under it is visited.
        if (parent?.type === "TryStatement" && parent.finalizer === n) return false;
        if (n.type === "CallExpression") {
          // A request's options (`fetch(url, { method: "PATCH" })`, `axios({ method: "delete", url })`): an object handed to a call, not a row of a table.
          for (const a of n.arguments) {
            const o = unwrapExpression(a);
            if (o.type !== "ObjectExpression") continue;
            for (const p of o.properties) {
              const v = p.type === "Property" && propertyName(p) === "method" ? stringLiteralValue(p.value)?.toUpperCase() : undefined;
              if (v && CHANGING_METHODS.includes(v)) found.add(v);
            }
          }
          // `api("DELETE", path)`: an upper-case method name leading a call with more to say; `methods.includes("DELETE")` or `emit("delete")` is not one.
          const first = n.arguments.length >= 2 ? stringLiteralValue(n.arguments[0]) : undefined;
          if (first && CHANGING_METHODS.includes(first)) found.add(first);
          const callee = unwrapExpression(n.callee);
          const member = callee.type === "MemberExpression" ? propertyName(callee)?.toUpperCase() : undefined;
          if (member && CHANGING_METHODS.includes(member)) {
            const api = apiKeyOf(folder, n.callee, h.module, 0);
            if (api && NETWORK_SEND_ROWS.some((r) => apiMatches(api, r))) found.add(member);
          }
        }
        return undefined;
      },
    });
  }
  return CHANGING_METHODS.filter((m) => found.has(m));
}

/**
 * What the tool's processes do. Running `kubectl get` modifies nothing: a
 * tool whose every process start is a pinned program and read-only
 * subcommand keeps its read-only claim ("read-only"). A pinned command that
 * is not read-only changes things ("changing"); so can a command line a tool
 * argument reaches ("model": the model picks what runs). Programs the code does not
 * pin are "unknown": no evidence either way.
 */
function processVerdict(ctx: RuleContext, tool: SurfaceItem): "read-only" | "changing" | "model" | "unknown" {
  const own = ctx.handlers.filter((h) => h.item === tool);
  if (own.some((h) => h.commands?.some((c) => !isReadOnlyCommand(c)))) return "changing";
  if (own.length > 0 && own.every((h) => h.commands !== undefined)) return "read-only";
  const modelRuns = ctx.taint.hitsOf("command-injection").some((hit) => picksWhatRuns(hit) && hit.flows.some((f) => f.label.kind === "tool-argument" && f.label.name.split(" | ").includes(tool.name)));
  return modelRuns ? "model" : "unknown";
}

/**
 * Whether a value at this hit can choose what runs: the program, or a shell
 * line it is part of. An element of the argument vector a `shell: true` spawn
 * joins (`Argument[1]`) sits after a program the call's first argument gives;
 * that it can break the joined line is command-injection's finding, not what
 * the tool sets out to do ("model" is for tools that run what the model picks).
 */
function picksWhatRuns(hit: SinkHit): boolean {
  return hit.argument !== "Argument[1]";
}

/** "run processes (`kubectl config use-context …`)" when the code pins what it runs. */
function describeProcesses(tool: SurfaceItem, handlers: readonly HandlerRef[]): string {
  const command = handlers.filter((h) => h.item === tool).flatMap((h) => h.commands ?? []).find((c) => !isReadOnlyCommand(c));
  if (!command) return describe("process-exec");
  const end = command.indexOf(undefined);
  const shown = (end < 0 ? command : command.slice(0, end)).join(" ");
  return `${describe("process-exec")} (\`${shown}${end < 0 ? "" : " …"}\`)`;
}

const WORDS: Record<Capability, string> = {
  "fs-read": "read files",
  "fs-write": "write files",
  "fs-delete": "delete files",
  "process-exec": "run processes",
  "network-read": "fetch from the network",
  "network-send": "send data over the network",
  "env-read": "read environment variables",
  "credential-access": "read credentials",
  "db-read": "read the database",
  "db-write": "write to the database",
  "db-delete": "delete from the database",
  "db-query": "run SQL the scan could not read",
};

export function describe(c: Capability): string {
  return WORDS[c];
}
