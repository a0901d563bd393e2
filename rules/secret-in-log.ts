// secret-in-log: a credential written to a log. A stdio MCP server's stderr
// is kept by the client in log files (and its stdout is the protocol stream,
// logged by clients when it is not JSON-RPC), so a key logged at start-up sits
// in plain text on disk, readable by anything that reads those files, long
// after the session.
import type { TSESTree } from "@typescript-eslint/types";
import { stringLiteralValue, unwrapExpression, type Node } from "../analyzer/parse/ast.js";
import type { Flow, SinkHit } from "../analyzer/taint/spec.js";
import { FILE_WRITE_KIND } from "./models/file-writes.js";
import { LOG_FILE_PATH, LOG_SINK_KIND } from "./models/logging.js";
import type { Rule, RuleContext } from "./types.js";
import { describeSecrets, reaches, howItArrives, secretsAtSinks } from "./util/secret-flows.js";
import { isRedactedKeyPath, isSilentLogCall, redactedKeyPaths } from "./util/log-calls.js";
import { folderFor } from "./util/outbound.js";

const FIX = "Log whether the key is set (`key ? \"set\" : \"missing\"`) or its last four characters, never the value; log configuration objects without their secret fields.";

/** String literals in a path expression: `path.join(dir, "server.log")` → ["server.log"]. */
function literalsIn(node: Node, out: string[] = [], depth = 0): string[] {
  const n = unwrapExpression(node);
  const s = stringLiteralValue(n);
  if (s !== undefined) out.push(s);
  else if (depth < 4) {
    if (n.type === "TemplateLiteral") for (const q of n.quasis) out.push(q.value.cooked ?? "");
    else if (n.type === "BinaryExpression") {
      literalsIn(n.left, out, depth + 1);
      literalsIn(n.right, out, depth + 1);
    } else if (n.type === "CallExpression") for (const a of n.arguments) literalsIn(a, out, depth + 1);
  }
  return out;
}

/** A file write is a log when its path (constants the engine knows, or the path's last literal) names a `*.log` file. */
function writesLogFile(ctx: RuleContext, hit: SinkHit): boolean {
  if (hit.destination?.constants.some((c) => LOG_FILE_PATH.test(c))) return true;
  if (hit.node.type !== "CallExpression") return false;
  const target = (hit.node as TSESTree.CallExpression).arguments[0];
  if (!target) return false;
  const known = [...ctx.taint.constantsOf(target, hit.module), ...literalsIn(target)];
  const last = known[known.length - 1];
  return known.some((c) => LOG_FILE_PATH.test(c)) || (last !== undefined && LOG_FILE_PATH.test(last));
}

export const secretInLog: Rule = {
  meta: {
    id: "secret-in-log",
    title: "Secret written to a log",
    defaultSeverity: "medium",
    threat: "credential-leakage",
    cwe: [532],
    summary: "A secret (API key, token, password, credential file) reaches console, stderr, a logger or a log file.",
    description:
      "A credential reaches `console.*`, `process.stderr.write`, a logger (pino, winston, bunyan, debug, loglevel, log4js, consola), an MCP logging notification, or a write to a `*.log` file. MCP clients keep a stdio server's stderr in their own log files, so a token logged at start-up, or a settings object that holds one, ends up on disk in plain text. A masked value (a few characters kept), the key's presence (`key ? \"set\" : \"missing\"`), and a secret that sits only under key paths the logger was created to redact (pino's `redact` list), are not reported.",
    help: [
      "**Why it matters.** Claude Desktop, Cursor and other clients write each server's stderr to log files that outlive the session, are attached to bug reports, and are readable by other local programs.",
      "",
      "**How to fix.** Log that the key is configured, not the key:",
      "",
      "```ts",
      "console.error(`API key ${apiKey ? \"set\" : \"missing\"}`);",
      "console.error(\"config\", { ...config, apiKey: config.apiKey ? \"***\" : undefined });",
      "```",
    ].join("\n"),
    precision: "high",
  },
  check(ctx) {
    const folder = folderFor(ctx.program);
    // A logger created to write nothing (`pino({ enabled: false })`) is no log.
    const writes = (hit: SinkHit) => hit.node.type !== "CallExpression" || !isSilentLogCall(hit.node as TSESTree.CallExpression, hit.module, folder);
    for (const { hit, flows } of secretsAtSinks(ctx, [LOG_SINK_KIND], writes)) {
      // The logger's redact list is read once per log call, not once per flow.
      let redacted: ReturnType<typeof redactedKeyPaths> | null = null;
      const redactedHere = () => (redacted === null ? (redacted = hit.node.type === "CallExpression" ? redactedKeyPaths(hit.node as TSESTree.CallExpression, hit.module, folder) : undefined) : redacted);
      const written = flows.filter((f) => !maskedByLogger(f, redactedHere));
      if (written.length > 0) report(ctx, hit, written, hit.callee);
    }
    for (const { hit, flows } of secretsAtSinks(ctx, [FILE_WRITE_KIND], (h) => writesLogFile(ctx, h))) report(ctx, hit, flows, `a log file (${hit.callee})`);
  },
};

/**
 * A flow the logger masks: every place the secret sits in the logged object
 * is under a key path the logger was created to redact (`pino({ redact })`),
 * so the line shows the censor, not the secret. A place not known (no key
 * paths) is written.
 */
function maskedByLogger(flow: Flow, redactedAtCall: () => ReturnType<typeof redactedKeyPaths>): boolean {
  if (!flow.keyPaths?.length) return false;
  const redacted = redactedAtCall();
  return !!redacted && flow.keyPaths.every((p) => isRedactedKeyPath(p, redacted));
}

function report(ctx: RuleContext, hit: SinkHit, flows: SinkHit["flows"], where: string): void {
  const first = flows[0];
  ctx.report({
    message: `${describeSecrets(flows)} ${reaches(flows)} ${where}${howItArrives(flows)}`,
    location: hit.location,
    path: first.path,
    fix: FIX,
    fingerprintKey: `${hit.callee}|${flows.map((f) => `${f.label.kind}:${f.label.name}`).join(",")}`,
    properties: { secrets: flows.map((f) => f.label.name), sink: hit.callee },
  });
}
