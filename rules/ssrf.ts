// ssrf: an untrusted value chooses where a request goes (scheme, host, port),
// with no allow-list. A value that only fills the path or query under a fixed
// host is not SSRF. Network sinks come from rules/models/network.ts (kind
// `network-request`, with the URL/host as `destination`).
import type { Destination, Flow, GuardKind, SinkHit } from "../analyzer/taint/spec.js";
import type { Rule } from "./types.js";
import { isUnsafe, reportFlow } from "./util/untrusted-flows.js";

const NETWORK_SINK = "network-request";
const GUARDS: readonly GuardKind[] = ["literal-equality", "allow-list", "regex-match", "sanitizer-call"];

const FIX = "Allow-list the hosts the tool may reach (compare `new URL(u).hostname` against a constant set), or build the URL from a fixed base and let the argument choose only the path or query.";

/**
 * True when the constant prefix fixes scheme and host: something after the
 * authority (`/`, `?`, `#`) is constant, so the untrusted part cannot move the
 * request to another host (`https://api.example.com` alone is not enough:
 * `.evil.net` or `@evil.net` can follow).
 */
export function hostIsFixed(destination: Destination): boolean {
  if (destination.constants.length === 0) return false;
  return destination.constants.every((c) => {
    const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i.exec(c);
    // A path under a client's configured base (`api.get("/issues/" + id)`): only
    // a leading "//" would make it absolute, and the second character is fixed.
    return m !== null || /^\/[^/\\]/.test(c);
  });
}

function destinationFlows(hit: SinkHit): Flow[] {
  const d = hit.destination;
  if (!d || d.tainted.length === 0) return [];
  const ids = new Set(d.tainted.map((l) => l.id));
  const matched = hit.flows.filter((f) => ids.has(f.label.id));
  // The destination names a label the flow list does not carry: no guard is known for it.
  const unmatched = d.tainted.filter((l) => !hit.flows.some((f) => f.label.id === l.id)).map((label): Flow => ({ label, sanitizedFor: [], guards: [], path: [] }));
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
      "A value the model chooses becomes the URL (or host) of fetch, axios, got, undici, http/https requests without an allow-list. The server then reaches whatever the user's machine can: cloud metadata endpoints (169.254.169.254), localhost admin ports, intranet services, and returns the answer to the model. A value that only fills the path or query under a fixed host is not reported.",
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
      if (!hit.destination || hostIsFixed(hit.destination)) continue;
      const flow = destinationFlows(hit).find((f) => isUnsafe(ctx.server, f, "ssrf", GUARDS));
      if (flow) reportFlow(ctx, { hit, flow }, "as the request's URL or host, with no allow-list", FIX);
    }
  },
};
