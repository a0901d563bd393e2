// unpinned-server: a client launches an npm package without an exact version,
// so every publish of that package (or of a hijacked maintainer account) runs
// on the next start, unreviewed.
import type { ConfigFile } from "../analyzer/audit/config.js";
import { isExactNpmSpec, isRegistrySpec } from "../analyzer/audit/launch.js";
import type { ConfigFinding } from "./util/config-finding.js";
import type { Rule } from "./types.js";

export const unpinnedServer: Rule = {
  meta: {
    id: "unpinned-server",
    title: "MCP server launched without a pinned version",
    defaultSeverity: "medium",
    threat: "supply-chain",
    cwe: [829, 1357],
    summary: "A client config runs `npx`/`pnpm dlx`/`bunx` on a package spec without an exact version.",
    description:
      "`npx -y some-mcp-server` (or `@latest`, or a range like `^1.2.0`) resolves the newest matching version every time the client starts. A compromised maintainer account or a malicious update reaches the user on the next restart, with no review and no prompt. The rule reads the launch command of every server in the client configs, also through `cmd /c npx` and `mcp-remote` wrappers, and reports npm specs that are not an exact `name@x.y.z`.",
    help: [
      "**Why it matters.** What was reviewed is one version; what runs is whatever was published last.",
      "",
      "**How to fix.** Pin the exact version you reviewed (`npx -y pkg@1.4.2`) and update on purpose, after `mcp-warden diff pkg@1.4.2 pkg@1.5.0`.",
      "",
      "```json",
      '"args": ["-y", "@scope/server"]         // reported',
      '"args": ["-y", "@scope/server@1.4.2"]   // fine',
      "```",
    ].join("\n"),
    precision: "very-high",
  },
};

export function checkUnpinned(config: ConfigFile): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  for (const server of config.servers) {
    const { kind, spec } = server.launch;
    if (kind !== "npx" && kind !== "pnpm-dlx" && kind !== "bunx" && kind !== "mcp-remote") continue;
    if (!spec || !isRegistrySpec(spec) || isExactNpmSpec(spec)) continue;
    out.push({
      ruleId: unpinnedServer.meta.id,
      severity: "medium",
      server: server.name,
      line: server.line,
      message: `server "${server.name}" runs \`${spec}\` without an exact version: the next publish runs unreviewed`,
      fix: `Pin it: \`${spec.replace(/(.)@[^@/]*$/, "$1")}@<version you reviewed>\`.`,
      key: `spec:${spec}`,
    });
  }
  return out;
}
