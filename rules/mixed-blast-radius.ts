// mixed-blast-radius: one server exposes read-only tools next to destructive
// ones, so a client that grants the server grants both.
import type { SurfaceItem } from "../analyzer/types.js";
import type { Rule } from "./types.js";

const MUTATING = new Set(["fs-write", "fs-delete", "process-exec", "network-send", "db-write", "db-delete"]);

function isDestructive(t: SurfaceItem): boolean {
  if (t.annotations.readOnlyHint === true) return false;
  return t.annotations.destructiveHint === true || t.capabilities.includes("fs-delete") || t.capabilities.includes("db-delete");
}

/** A tool is read-only when it says so, or says nothing and only reads; `readOnlyHint: false` is its author saying it is not. */
function isReadOnly(t: SurfaceItem): boolean {
  if (t.annotations.readOnlyHint !== undefined) return t.annotations.readOnlyHint;
  return t.annotations.destructiveHint !== true && t.capabilities.length > 0 && !t.capabilities.some((c) => MUTATING.has(c));
}

export const mixedBlastRadius: Rule = {
  meta: {
    id: "mixed-blast-radius",
    title: "Read-only and destructive tools in one server",
    defaultSeverity: "low",
    threat: "over-broad-permissions",
    summary: "The server exposes read-only tools and destructive ones together; a client that trusts it for reading also lets it delete.",
    description:
      "Clients grant permissions per server. A server that offers both read-only tools (search, list, read) and destructive ones (delete, drop) means a user who adds it to read also lets any prompt injection delete. Splitting the destructive tools into a separate server (or behind a flag that is off by default) lets users grant only what they need. A tool is read-only when it is annotated `readOnlyHint: true`, or carries no `readOnlyHint` and its handler only reads; `readOnlyHint: false` is its author saying it is not.",
    help: [
      "**Why it matters.** Least privilege works per server: mixed servers force users to grant deletes to get reads.",
      "",
      "**How to fix.** Ship destructive tools in a separate server or behind an opt-in flag (`--allow-delete`), and annotate them `destructiveHint: true`.",
    ].join("\n"),
    precision: "medium",
  },
  check(ctx) {
    const tools = ctx.server.tools;
    const destructive = tools.filter(isDestructive);
    const readOnly = tools.filter(isReadOnly);
    if (destructive.length === 0 || readOnly.length === 0) return;
    const first = destructive[0];
    ctx.report({
      message: `The server exposes read-only tools (${names(readOnly)}) together with destructive ones (${names(destructive)})`,
      location: first.nameLocation,
      related: [...destructive.slice(1), ...readOnly].slice(0, 10).map((t) => ({ location: t.nameLocation, message: `${isDestructive(t) ? "destructive" : "read-only"} tool "${t.name}"` })),
      fix: "Move the destructive tools to a separate server or behind an opt-in flag, so users can grant reads without deletes.",
      fingerprintKey: "server",
      properties: { readOnly: readOnly.map((t) => t.name), destructive: destructive.map((t) => t.name) },
    });
  },
};

function names(tools: SurfaceItem[]): string {
  const shown = tools.slice(0, 4).map((t) => `"${t.name}"`).join(", ");
  return tools.length > 4 ? `${shown} and ${tools.length - 4} more` : shown;
}
