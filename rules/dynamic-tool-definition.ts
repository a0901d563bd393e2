// dynamic-tool-definition: tool names or descriptions read from the network or
// from files at run time. What the model is told can change after install
// (a rug pull) and no review of the package can see it.
import { dynamicOriginOf } from "../analyzer/mcp/dynamic-origin.js";
import type { Rule } from "./types.js";

export const dynamicToolDefinition: Rule = {
  meta: {
    id: "dynamic-tool-definition",
    title: "Tool definitions loaded at run time",
    defaultSeverity: "medium",
    threat: "malicious-server",
    summary: "A tool's name or description comes from the network or a file at run time, so no review can pin what the model is told.",
    description:
      "Tool descriptions are instructions to the model. When a server downloads them (or reads them from a file it does not ship) at start-up, the published code can be reviewed and approved while the text the model reads changes later: a rug pull that swaps an honest description for a poisoned one without a new release.",
    help: [
      "**Why it matters.** Pinning a package version pins its code, not descriptions fetched from a server the author controls.",
      "",
      "**How to fix.** Ship tool names and descriptions as constants in the package. If tools must be discovered at run time (a proxy to another service), say so prominently and show the fetched descriptions to the user.",
    ].join("\n"),
    precision: "high",
  },
  check(ctx) {
    for (const item of [...ctx.server.tools, ...ctx.server.prompts, ...ctx.server.resources]) {
      const origin = item.dynamic ? dynamicOriginOf(item) : undefined;
      if (!origin) continue;
      const from = origin.kind === "network" ? "a network response" : "a file read at run time";
      ctx.report({
        message: `The ${item.kind.replace("-", " ")} registered here takes its name or description from ${from}: what the model is told can change without a new release`,
        location: item.nameLocation,
        related: [{ location: origin.location, message: origin.kind === "network" ? "fetched here" : "read here" }],
        fix: "Ship tool names and descriptions as constants in the package.",
        fingerprintKey: `${item.kind}|${origin.kind}|${origin.api}`,
        properties: { origin: origin.kind, api: origin.api },
      });
    }
  },
};
