// install-script: lifecycle scripts run code on `npm install`, before any
// tool is called and outside any MCP client's permission prompts.
import type { Rule } from "./types.js";
import { lineOfJsonKey } from "./util/manifest-location.js";

/** Scripts npm runs on install of a published package (`prepare` only runs for git/folder installs). */
const INSTALL_HOOKS = ["preinstall", "install", "postinstall"] as const;

export const installScript: Rule = {
  meta: {
    id: "install-script",
    title: "Install-time script",
    defaultSeverity: "medium",
    threat: "supply-chain",
    cwe: [506],
    summary: "A lifecycle script runs code when the package is installed.",
    description:
      "`preinstall`, `install` and `postinstall` scripts run with the user's full authority the moment the package is installed (including by `npx -y`), before any MCP client shows a tool or asks for permission. Most MCP servers need none; droppers and credential stealers use them.",
    help: [
      "**Why it matters.** An install script runs as soon as `npm install` or `npx -y` fetches the package: no tool call, no prompt, no review. It is the most common way malicious npm packages steal tokens.",
      "",
      "**How to fix.** Ship the server without install-time scripts: build before publishing (`prepublishOnly`), and do setup lazily at first run where the user can see it. If a native build is unavoidable, keep it to `node-gyp rebuild`.",
      "",
      "```json",
      '"scripts": { "postinstall": "node scripts/setup.js" }   // runs on every install',
      "```",
    ].join("\n"),
    precision: "very-high",
  },
  check(ctx) {
    const { facts, manifestText } = ctx.source;
    for (const hook of INSTALL_HOOKS) {
      const command = facts.scripts[hook];
      if (command === undefined) continue;
      const line = manifestText ? lineOfJsonKey(manifestText, "scripts", hook) : 1;
      ctx.report({
        message: `package.json runs \`${command}\` on ${hook}: it executes when the package is installed, before any tool is called`,
        location: { file: "package.json", line, column: 1 },
        fix: "Remove the install-time script, or confirm what it runs before installing.",
        fingerprintKey: `${hook}`,
        properties: { script: hook, command },
      });
    }
  },
};
