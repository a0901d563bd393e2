// ssrf: an untrusted value chooses where a request goes (scheme, host, port),
// with no allow-list. A value that only fills the path or query under a fixed
// host is not SSRF. Network sinks come from rules/models/network.ts (kind
// `network-request`, with the URL/host as `destination`).
import type { TSESTree } from "@typescript-eslint/types";
import { stringLiteralValue, unwrapExpression } from "../analyzer/parse/ast.js";
import { URI_COMPONENT, type Destination, type Flow, type GuardKind, type SinkHit, type TaintResult } from "../analyzer/taint/spec.js";
import { URL_PUBLIC_HOST } from "../analyzer/taint/url-guards.js";
import { URL_HOST_LABEL, URL_PATH, pieceMayPickHost, relativeKeepsBase, staysInHostName } from "../analyzer/taint/url-shapes.js";
import { UNKNOWN_PART } from "../analyzer/taint/values.js";
import { AFTER_TEXT } from "../analyzer/taint/position-shapes.js";
import type { Rule, RuleContext } from "./types.js";
import { declaredCapability } from "./util/declared-purpose.js";
import { isUnsafe, reportFlow, shapeOf, unreadCheckOf } from "./util/untrusted-flows.js";

const NETWORK_SINK = "network-request";
const GUARDS: readonly GuardKind[] = ["literal-equality", "allow-list", "regex-match", "sanitizer-call"];

const FIX = "Allow-list the hosts the tool may reach (compare `new URL(u).hostname` against a constant set), or build the URL from a fixed base and let the argument choose only the path or query.";

/**
 * Scheme and authority followed by something that ends the authority: `https://api.example.com/`.
 * An unknown part (`\u0000`, `https://${host}/`) is no host text: the value there is the host.
 */
const FIXED_AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@\u0000]+[/?#]/i;
const AUTHORITY_ONLY = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@\u0000]+$/i;

/** The pieces of a string-building expression, left to right: templates and `+` chains. */
function pieces(node: TSESTree.Node): TSESTree.Node[] {
  const n = unwrapExpression(node);
  if (n.type === "TemplateLiteral") {
    const out: TSESTree.Node[] = [];
    n.quasis.forEach((q, i) => {
      if (q.value.cooked) out.push(q);
      if (i < n.expressions.length) out.push(...pieces(n.expressions[i]));
    });
    return out;
  }
  if (n.type === "BinaryExpression" && n.operator === "+") return [...pieces(n.left), ...pieces(n.right)];
  return [n];
}

function isUrlWithBase(node: TSESTree.Node): node is TSESTree.NewExpression {
  return node.type === "NewExpression" && node.callee.type === "Identifier" && node.callee.name === "URL" && node.arguments.length > 1 && node.arguments[0].type !== "SpreadElement";
}

function constantText(node: TSESTree.Node): string | undefined {
  if (node.type === "TemplateElement") return node.value.cooked ?? undefined;
  return stringLiteralValue(node);
}

/**
 * True when the URL's scheme and host are constant: its leftmost piece is (or
 * is bound to) text like `https://api.example.com/...`, or an authority alone
 * followed by a constant `/`, `?` or `#`. `https://api.example.com` followed by
 * the argument is not fixed: `.evil.net` or `@evil.net` can follow.
 */
export function urlHostIsFixed(hit: SinkHit, taint: TaintResult): boolean {
  // The engine already knows every alternative fixes scheme and host (or is a path under a base URL).
  if (hit.destination?.hostFixed) return true;
  // Or the host is the user's configured base URL (`${process.env.API_URL}/v2/${id}`).
  if (hit.destination?.hostConfigured) return true;
  const call = hit.node;
  const urlArg = (call.type === "CallExpression" || call.type === "NewExpression") && call.arguments[0] ? unwrapExpression(call.arguments[0]) : undefined;
  if (!urlArg || urlArg.type === "ObjectExpression" || urlArg.type === "SpreadElement") {
    const first = hit.destination?.constants[0];
    return first !== undefined && fixesHost(first, undefined);
  }
  const [lead, next] = pieces(urlArg);
  // `new URL(rel, BASE)` read out of its function sees no data in `rel`: the base's host holds only when
  // rel's own text keeps it (a value written first may be `//evil.net` or a URL of its own).
  if (isUrlWithBase(lead)) {
    const rel = taint.constantsOf(lead.arguments[0], hit.module);
    if (rel.length === 0 || !rel.every((c) => relativeKeepsBase(c.split(UNKNOWN_PART)[0]))) return false;
  }
  const text = constantText(lead);
  const leading = text !== undefined ? [text] : taint.constantsOf(lead, hit.module);
  if (leading.length === 0) return false;
  const nextText = next ? constantText(next) : undefined;
  return leading.every((c) => fixesHost(c, nextText));
}

/**
 * The destination-only judgement (every constant fixes the host), for callers
 * without the call's expression. Prefer `urlHostIsFixed`: a destination's
 * constants hold every fragment, not only the leading one.
 */
export function hostIsFixed(destination: Destination): boolean {
  // An alternative that starts with an unknown value (`p.startsWith("http") ? p : …`, `${target ?? "https://x"}/v2`)
  // is not among the constants: that value may be the whole base.
  return destination.constants.length > 0 && !destination.openStart && !destination.pathUnderUnknownHost && destination.constants.every((c) => fixesHost(c, undefined));
}

function fixesHost(leading: string, nextText: string | undefined): boolean {
  if (FIXED_AUTHORITY.test(leading)) return true;
  if (AUTHORITY_ONLY.test(leading)) return nextText !== undefined && /^[/?#]/.test(nextText);
  // A path under a client's configured base URL (axios.create({ baseURL }), got.extend({ prefixUrl }):
  // `api.get("/issues/" + id)`): only a leading "//" would make it absolute, and the second character is fixed.
  return /^\/[^/\\\u0000]/.test(leading);
}

/** Scheme and host written out up to the port: `http://localhost:` then the port the code found. */
const HOST_THEN_PORT = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@:\s]+:$/i;

/**
 * Every alternative names its scheme and host and leaves only the port (and what
 * follows) unknown: `http://localhost:${port}/...`. A value picks the host here
 * only if it is written in the port position and carries `@` or `/` to end the
 * authority there: a smaller risk than choosing the URL.
 */
function onlyPortUnknown(destination: Destination): boolean {
  return destination.constants.length > 0 && !destination.openStart && !destination.pathUnderUnknownHost && destination.constants.every((c) => HOST_THEN_PORT.test(c) || fixesHost(c, undefined));
}

/**
 * `https://${site}.vendor.example/api`: the argument is written as a label of
 * a constant domain (url-shapes.ts URL_HOST_LABEL). "confined" when its shape
 * keeps it there (`staysInHostName`): the request goes to a host of that
 * domain; "escapable" when it could end the host early.
 */
function hostLabelPosition(ctx: RuleContext, hit: SinkHit, flow: Flow): "confined" | "escapable" | undefined {
  if (!flow.sanitizedFor.includes(URL_HOST_LABEL)) return undefined;
  return staysInHostName(shapeOf(ctx, flow, hit)) ? "confined" : "escapable";
}

/**
 * Whether the value of `label` may choose the request's host, as this rule judges
 * it: not under a fixed or configured host, and not only after a base the
 * analysis could not resolve (`${connection.serverUrl}/${project}`) unless it is
 * that base. For rules that ask "does the model pick this URL?".
 */
export function labelMayPickHost(hit: SinkHit, taint: TaintResult, labelId: number): boolean {
  if (!hit.destination || urlHostIsFixed(hit, taint) || hostIsFixed(hit.destination) || onlyPortUnknown(hit.destination)) return false;
  const own = destinationFlows(hit).filter((f) => f.label.id === labelId);
  // Written after the authority wherever the label reaches the URL: it fills only path or query.
  if (own.length > 0 && own.every((f) => !pieceMayPickHost(f.sanitizedFor))) return false;
  if (!hit.destination.pathUnderUnknownHost) return true;
  return own.some((f) => mayBeTheBase(f));
}

/**
 * Under a base the analysis could not resolve, the argument picks the host only
 * if it is that base: it starts the URL (no text of any kind is written before
 * it, position-shapes.ts AFTER_TEXT), and is not URI-component-encoded (an
 * encoded value has no `:` or `/`, so as the base it would make no absolute
 * URL, and after the base it is path).
 */
function mayBeTheBase(flow: Flow): boolean {
  return !flow.sanitizedFor.includes(URI_COMPONENT) && !flow.sanitizedFor.includes(AFTER_TEXT);
}

function destinationFlows(hit: SinkHit): Flow[] {
  const d = hit.destination;
  if (!d || d.tainted.length === 0) return [];
  const ids = new Set(d.tainted.map((l) => l.id));
  const own = (d.flows ?? []).filter((f) => ids.has(f.label.id));
  // The hit's flows also hold what reached its other arguments (one tool's label carries every
  // argument: `content` into the body, `project` into the URL): only for labels the destination's
  // own flows miss.
  const covered = new Set(own.map((f) => f.label.id));
  const matched = [...own, ...hit.flows.filter((f) => ids.has(f.label.id) && !covered.has(f.label.id))];
  // The destination names a label the flow list does not carry: no guard is known for it.
  const unmatched = d.tainted.filter((l) => !matched.some((f) => f.label.id === l.id)).map((label): Flow => ({ label, sanitizedFor: [], guards: [], path: [] }));
  return [...matched, ...unmatched];
}

export const ssrf: Rule = {
  meta: {
    id: "ssrf",
    title: "Server-side request forgery",
    defaultSeverity: "high",
    threat: "prompt-injection",
    cwe: [918],
    summary: "A tool argument chooses the host or scheme of a request the server makes.",
    description:
      "A value the model chooses becomes the URL (or host) of fetch, axios, got, undici, http/https requests without an allow-list. The server then reaches whatever the user's machine can: cloud metadata endpoints (169.254.169.254), localhost admin ports, intranet services, and returns the answer to the model. A value that only fills the path or query under a fixed host, or under a base URL the user configures (`${process.env.API_URL}/items/${id}`), is not reported; under a base the analysis cannot resolve (an object's field, another function's result) it is a low note: a value written after the authority cannot choose the host whatever the base is, and the base carries no tool argument the analysis saw. An argument that starts the URL is its base and is reported as the request's URL, whatever the calls around it (`${server.trim()}/ping`); one glued right after an unresolved base with no `/` between (`${base}${x}`) is medium: a value starting with `@` or `.` still moves the host. Where a piece sits is read from the string it is composed into, through helpers: after a constant `/` that follows other text, or after `?` or `#`, it is path, query or fragment (`this.baseURL + \"/v2/\" + id`); a URL in a request's body is not where the request goes. A subdomain of a fixed domain (`https://${site}.vendor.example/`) is medium, and not reported when the argument's shape keeps it a host label (an anchored pattern of letters, digits and `-`, `encodeURIComponent`). When the tool says this is what it is for (its name, description and schema declare the act and the argument is the whole URL, or starts it: a default the code uses when the argument is missing, `${base_url ?? saved.apiUrl}/v2/boards`, is no boundary), the finding is a capability: medium or low, listed under \"What it can do\", and the permission policy asks before each call; it stays an injection when the value crosses a boundary the code or the tool's text meant to keep.",
    help: [
      "**Why it matters.** An MCP server runs inside the user's network with the user's cookies-free but network-privileged position; a prompt injection can point a fetch tool at `http://169.254.169.254/latest/meta-data/iam/` or `http://localhost:8080/admin`.",
      "",
      "**How to fix.** Allow-list hosts, or fix the base URL:",
      "",
      "```ts",
      "const u = new URL(url);",
      'if (!ALLOWED_HOSTS.has(u.hostname) || u.protocol !== "https:") throw new Error("host not allowed");',
      "```",
    ].join("\n"),
    precision: "high",
  },
  check(ctx) {
    for (const hit of ctx.taint.hitsOf(NETWORK_SINK)) {
      if (!hit.destination || urlHostIsFixed(hit, ctx.taint) || hostIsFixed(hit.destination)) continue;
      const underUnknownBase = !!hit.destination.pathUnderUnknownHost;
      // `${base}/${encodeURIComponent(project)}/_apis`: an encoded argument after a base is only path.
      const unsafe = destinationFlows(hit).filter((f) => isUnsafe(ctx, f, "ssrf", GUARDS, hit) && !(underUnknownBase && f.sanitizedFor.includes(URI_COMPONENT)));
      // Written after the authority (`${this.baseURL}/v1/${id}`, `base + "/items/" + id`): path or query only.
      // Under a base from a constant or the user's configuration that is no request forgery; under a base
      // nothing is known about, the base itself might be the model's.
      // A subdomain label its shape keeps inside a fixed domain picks no host either.
      const hostPicking = unsafe.filter((f) => !f.sanitizedFor.includes(URL_PATH) && hostLabelPosition(ctx, hit, f) !== "confined");
      const flow = hostPicking[0] ?? (hit.destination.unresolved ? unsafe[0] : undefined);
      if (!flow) continue;
      if (!hostPicking.includes(flow)) {
        // Only after the authority: whatever the base is, this value cannot choose the host. The base carries
        // no tool argument the engine saw; a path inside that same service is a note, not a forgery.
        reportFlow(ctx, { hit, flow }, "only in the path or query of a URL whose base the scanner could not resolve: it cannot choose the host, only the path inside that service", FIX, "low");
        continue;
      }
      const label = hostLabelPosition(ctx, hit, flow);
      if (label === "escapable") reportFlow(ctx, { hit, flow }, "as a label of a fixed domain's host name (`https://${site}.vendor/…`); a value holding `/`, `?` or `#` can still end the host there", FIX, "medium");
      else if (onlyPortUnknown(hit.destination)) reportFlow(ctx, { hit, flow }, "in a URL whose scheme and host are fixed up to the port (the argument may only fill the port, path or query)", FIX, "medium");
      // Glued to a base nothing is known about, with no `/` between: `@evil.example` or `.evil.example` still moves the host.
      else if (underUnknownBase && !mayBeTheBase(flow)) reportFlow(ctx, { hit, flow }, "right after a base URL the scanner could not resolve, with no `/` between (a value starting with `@` or `.` can still change the host)", FIX, "medium");
      else {
        const capability = declaredCapability(ctx, { hit, flow });
        // The code refuses loopback, private, link-local and metadata addresses first: the model picks
        // among public hosts only, what any browser reaches; not a way into the user's network.
        if (shapeOf(ctx, flow, hit).includes(URL_PUBLIC_HOST)) {
          // The deny-list is a check that works here: the tool's declared purpose still frames what remains.
          const declared = capability ?? declaredCapability(ctx, { hit, flow: { ...flow, guards: flow.guards.filter((g) => (g as string) !== "shape") } });
          const publicOnly = declared && { ...declared, severity: "low" as const, sentence: `${declared.tools.map((t) => `\`${t}\``).join(", ")} fetches any public URL the model names; it refuses loopback, private, link-local and metadata addresses first` };
          reportFlow(ctx, { hit, flow }, declared ? "as the request's URL" : "as the request's URL; the code refuses loopback, private, link-local and metadata addresses, so only public hosts are reachable", declared?.advice ?? FIX, "low", "", publicOnly || undefined);
        } else {
          // A check the scanner cannot read is not proof of a hole (docs/value-shapes.md): said, at low.
          const unread = unreadCheckOf(ctx, { hit, flow }, "ssrf", GUARDS);
          if (unread) reportFlow(ctx, { hit, flow }, `as the request's URL, past a check the scanner does not read (${unread}); verify that it pins where the request goes`, FIX, "low");
          else reportFlow(ctx, { hit, flow }, capability ? "as the request's URL" : "as the request's URL or host, with no allow-list", capability?.advice ?? FIX, undefined, "", capability);
        }
      }
    }
  },
};
