// untrusted-content-exposure: the "lethal trifecta" in one process. A server
// whose tools bring in content anyone can write (web pages at URLs the model
// picks, mail, issues, chat) and whose tools can also act or reach private
// data lets a prompt injection in that content drive those actions.
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName, unwrapExpression } from "../analyzer/parse/ast.js";
import type { Capability, SurfaceItem } from "../analyzer/types.js";
import { BROWSER_PACKAGES } from "./models/browser.js";
import { INGEST_ROWS } from "./models/capabilities.js";
import { labelMayPickHost } from "./ssrf.js";
import type { Rule, RuleContext } from "./types.js";
import { describe } from "./tool-annotation-mismatch.js";
import { firstMatchingRow } from "./util/api-rows.js";
import { splitToolLabel } from "./util/untrusted-flows.js";

/**
 * What makes injected content dangerous: the server can act on the machine or
 * reach private stores. Calling its own API with its own key is not counted:
 * every API wrapper does that.
 */
const POWERFUL: Capability[] = ["fs-read", "fs-write", "fs-delete", "process-exec", "db-read", "db-write", "db-delete"];
const NETWORK_SINK = "network-request";

/** Where the program points a browser page (`page.goto(url)`), per scan. */
interface Navigations {
  /** Navigations to the server's own content: a `file:`, `data:` or `about:` URL. */
  own: number;
  /** Navigations to anything else (a URL from a variable, an `http(s)` address). */
  outside: number;
}

const navigationsOf = new WeakMap<RuleContext, Navigations>();

/** Whether a URL handed to `goto` names the server's own content: `file://${tmpHtml}`, `"data:text/html,…"`, `"about:blank"`. */
function ownPageUrl(arg: TSESTree.Node): boolean {
  const n = unwrapExpression(arg);
  const head = n.type === "Literal" && typeof n.value === "string" ? n.value : n.type === "TemplateLiteral" ? (n.quasis[0].value.cooked ?? "") : undefined;
  return head !== undefined && /^(file|data|about):/i.test(head);
}

/**
 * A browser brings outside pages in only when it is pointed at them. A
 * server that opens nothing but its own content (HTML it wrote to a temp file
 * and rendered to an image) reads back what it generated. Counted only when
 * the package's code navigates at all and every navigation is to its own
 * content; a browser driven elsewhere (a library, a `goto` of any other URL)
 * still counts.
 */
function browserShowsOnlyOwnContent(ctx: RuleContext): boolean {
  const nav = navigationsOf.get(ctx);
  return !!nav && nav.own > 0 && nav.outside === 0;
}

/**
 * Whether an injected instruction could steer what a tool does, not only make
 * the model call it: some argument is free text or a number. A tool whose
 * arguments are all booleans or pinned to an enum (or whose handler takes no
 * arguments) does the one thing its author fixed, whatever the page says.
 */
function steerable(ctx: RuleContext, tool: SurfaceItem): boolean {
  if (tool.parameters.length > 0) return tool.parameters.some((p) => p.type !== "boolean" && !(p.enum && p.enum.length > 0));
  // No declared parameters: the schema may simply be unresolved; only a handler that takes nothing settles it.
  const handlers = ctx.handlers.filter((h) => h.item === tool);
  return handlers.length === 0 || handlers.some((h) => h.fn.params.length > 0);
}

/** Tools that ingest outside content, with what they ingest. */
function ingesting(ctx: RuleContext): Map<SurfaceItem, string> {
  const out = new Map<SurfaceItem, string>();
  const ownPagesOnly = browserShowsOnlyOwnContent(ctx);
  for (const h of ctx.handlers) {
    if (h.item.kind !== "tool" || out.has(h.item)) continue;
    const apis = h.reachable ?? ctx.taint.reachableApis(h.fn);
    for (const api of apis) {
      const row = firstMatchingRow(INGEST_ROWS, api);
      if (row && ownPagesOnly && BROWSER_PACKAGES.includes(row.package)) continue;
      if (row) {
        out.set(h.item, row.what);
        break;
      }
    }
  }
  // A request whose URL the model chooses fetches whatever the model was pointed at. An argument
  // that only fills the path under the server's own host (`${apiBase}/monitors/${id}`) fetches
  // that service's answer, not a page anyone can write.
  const toolNamed = firstByName(ctx.server.tools);
  for (const hit of ctx.taint.hitsOf(NETWORK_SINK)) {
    if (!hit.destination) continue;
    for (const label of hit.destination.tainted) {
      if (label.kind !== "tool-argument" || !labelMayPickHost(hit, ctx.taint, label.id)) continue;
      const { tool } = splitToolLabel(label);
      const item = toolNamed.get(tool);
      if (item && !out.has(item)) out.set(item, "web content at URLs the model chooses");
    }
  }
  return out;
}

/** Items by name, the first of each name (as `items.find((t) => t.name === name)`). */
function firstByName(items: readonly SurfaceItem[]): Map<string, SurfaceItem> {
  const out = new Map<string, SurfaceItem>();
  for (const item of items) if (!out.has(item.name)) out.set(item.name, item);
  return out;
}

export const untrustedContentExposure: Rule = {
  meta: {
    id: "untrusted-content-exposure",
    title: "Untrusted content next to powerful tools",
    defaultSeverity: "medium",
    threat: "prompt-injection",
    summary: "The server ingests content anyone can write (web pages, mail, issues) and also has tools that act or reach private data.",
    description:
      "Text a tool brings in from the outside (a web page the model was asked to fetch, an email, an issue comment) is read by the model as instructions as much as data. When the same server also has tools that write files, run commands, send data or read private stores, one poisoned page or mail can steer those tools: the untrusted input, the private data and the way out are all in one process, with no boundary between them.",
    help: [
      "**Why it matters.** Prompt injection through fetched content is not preventable by the model; the defence is to keep untrusted input away from powerful tools.",
      "",
      "**How to fix.** Put fetching/reading of outside content in a separate server from tools that act, mark ingested content clearly as untrusted, and require confirmation for the powerful tools.",
      "",
      "Not reported: a powerful tool an injected instruction cannot steer (no arguments, or only booleans and fixed choices: a fixed installer), and a browser that only opens pages the server wrote itself (`file:`, `data:`, `about:` URLs, such as HTML rendered to an image).",
    ].join("\n"),
    precision: "medium",
  },
  visitors(ctx) {
    const nav: Navigations = { own: 0, outside: 0 };
    navigationsOf.set(ctx, nav);
    return {
      CallExpression(node) {
        if (node.callee.type !== "MemberExpression" || propertyName(node.callee) !== "goto" || !node.arguments[0]) return;
        if (ownPageUrl(node.arguments[0])) nav.own++;
        else nav.outside++;
      },
    };
  },
  check(ctx) {
    const ingest = ingesting(ctx);
    if (ingest.size === 0) return;
    const powerful = ctx.server.tools.filter((t) => t.capabilities.some((c) => POWERFUL.includes(c)) && steerable(ctx, t));
    if (powerful.length === 0) return;
    const [source, what] = [...ingest.entries()][0];
    const caps = [...new Set(powerful.flatMap((t) => t.capabilities.filter((c) => POWERFUL.includes(c))))];
    ctx.report({
      message: `Tool "${source.name}" brings ${what} into the model's context, and the server's tools can also ${caps.map(describe).join(", ")} (${powerful.slice(0, 4).map((t) => `"${t.name}"`).join(", ")}): injected text can steer them`,
      location: source.nameLocation,
      related: powerful.slice(0, 10).map((t) => ({ location: t.nameLocation, message: `tool "${t.name}" can ${t.capabilities.filter((c) => POWERFUL.includes(c)).map(describe).join(", ")}` })),
      fix: "Separate tools that ingest outside content from tools that act or read private data, or require confirmation for the latter.",
      fingerprintKey: "server",
      properties: { ingestingTools: [...ingest.keys()].map((t) => t.name), powerfulTools: powerful.map((t) => t.name) },
    });
  },
};
