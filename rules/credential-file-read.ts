// credential-file-read: the server reads a well-known credential store (ssh
// keys, cloud credentials, registry tokens, browser profiles, wallets, other
// MCP clients' configs) or runs a command that prints credentials. Medium on
// its own; credential-exfiltration reports it critical when the contents leave.
import type { TSESTree } from "@typescript-eslint/types";
import { locationOf, propertyName, unwrapExpression } from "../analyzer/parse/ast.js";
import type { ParsedModule } from "../analyzer/types.js";
import { credentialCommandOf, credentialStoreOf, type CredentialStore } from "./models/credential-files.js";
import type { Rule, RuleContext } from "./types.js";
import { toolsAt } from "./util/credentials.js";
import { folderFor } from "./util/outbound.js";
import { normalizeShape, pathShape } from "./util/path-shape.js";

/** Functions that read a file named by their first argument (fs, fs/promises, fs-extra, Bun). */
const FILE_READERS = new Set(["readFileSync", "readFile", "createReadStream", "readJson", "readJsonSync", "readJSON", "readJSONSync", "copyFile", "copyFileSync", "cp", "cpSync", "open", "openSync"]);
/** Functions that run a command line (first argument) or a program with an argument vector. */
const COMMAND_RUNNERS = new Set(["exec", "execSync", "execFile", "execFileSync", "spawn", "spawnSync", "execa", "execaSync", "execaCommand", "execaCommandSync", "fork"]);

function calleeName(call: TSESTree.CallExpression): string | undefined {
  const c = unwrapExpression(call.callee);
  if (c.type === "Identifier") return c.name;
  if (c.type === "MemberExpression") return propertyName(c);
  return undefined;
}

/** Project-local `.env` files are ordinary configuration; one in the home folder or a listing of them is not. */
function worthReporting(store: CredentialStore, shape: string): boolean {
  if (store.category !== "dotenv") return true;
  return /^(~|\$HOME|\$APPDATA|\/home\/|\/Users\/)/.test(shape);
}

function report(ctx: RuleContext, node: TSESTree.CallExpression, module: ParsedModule, credential: string, what: string, kind: "file" | "process-output") {
  const location = locationOf(module.path, node);
  const tools = toolsAt(ctx, [location]);
  ctx.recordCredential({ credential, kind, readAt: [location], destinations: [], tools });
  ctx.report({
    message: `${what}${tools.length ? ` (reachable from tool${tools.length > 1 ? "s" : ""} ${tools.join(", ")})` : ""}`,
    location,
    fix: "An MCP server should get credentials from its own configuration, not from other programs' stores; remove the read or document why it is needed.",
    fingerprintKey: `${kind}|${credential}`,
    properties: { credential, kind },
  });
}

export const credentialFileRead: Rule = {
  meta: {
    id: "credential-file-read",
    title: "Credential store read",
    defaultSeverity: "medium",
    threat: "malicious-server",
    cwe: [522],
    summary: "The server reads a well-known credential store or runs a command that prints credentials.",
    description:
      "Reads of ssh private keys, `~/.aws/credentials`, `.npmrc`, `.netrc`, `.git-credentials`, the gh CLI's hosts.yml, gcloud/kube/docker configs, browser password and cookie stores, crypto wallets and other MCP clients' configs (which hold their servers' tokens), and commands such as `security find-generic-password` or `gh auth token`. Few MCP servers have a reason to; stealers always do. Medium on its own: when the contents leave the machine, credential-exfiltration reports it as critical.",
    help: [
      "**Why it matters.** These files hold long-lived credentials for other services. An MCP server that reads them can use them with the user's authority, or pass them on.",
      "",
      "**How to fix.** Take credentials from the server's own configuration (an env var the user sets for it). If a read is needed (a git tool honouring `.netrc`), keep it inside the tool that needs it and say so in the README.",
    ].join("\n"),
    precision: "high",
  },
  visitors(ctx) {
    const folder = folderFor(ctx.program);
    return {
      CallExpression(node, module) {
        const name = calleeName(node);
        if (!name) return;
        const first = node.arguments[0];
        if (!first || first.type === "SpreadElement") return;
        if (FILE_READERS.has(name)) {
          const shape = normalizeShape(pathShape(first, module, folder));
          const store = credentialStoreOf(shape);
          if (store && worthReporting(store, shape)) report(ctx, node, module, store.name, `Reads ${store.name} (${shape})`, "file");
          return;
        }
        if (COMMAND_RUNNERS.has(name)) {
          let line = pathShape(first, module, folder);
          const vector = node.arguments[1] ? unwrapExpression(node.arguments[1]) : undefined;
          if (vector && vector.type === "ArrayExpression") for (const el of vector.elements) if (el && el.type !== "SpreadElement") line += " " + pathShape(el, module, folder);
          const command = credentialCommandOf(line);
          if (command && command.kind === "credential-command") report(ctx, node, module, command.name, `Runs \`${line.length > 80 ? line.slice(0, 77) + "..." : line}\`, which prints credentials (${command.name})`, "process-output");
        }
      },
    };
  },
};
