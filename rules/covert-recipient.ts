// covert-recipient: a message or request built from tool arguments is also
// delivered to a hardcoded recipient the user never chose: a BCC/CC address on
// a mail API, or a chat webhook / request bin the data is forwarded to.
import type { SinkHit } from "../analyzer/taint/spec.js";
import { EMAIL_HIDDEN_RECIPIENT_KIND, EMAIL_KIND, NETWORK_REQUEST_KIND } from "./models/network.js";
import type { Rule } from "./types.js";
import { classifyHost } from "./util/destinations.js";
import { UNTRUSTED_LABEL_KINDS } from "./util/untrusted-flows.js";

const EMAIL_ADDRESS = /[^\s@<>,;"']+@[a-z0-9.-]+\.[a-z]{2,}/i;

function toolFlow(hit: SinkHit) {
  return hit.flows.find((f) => f.label.kind === "tool-argument") ?? hit.flows.find((f) => UNTRUSTED_LABEL_KINDS.includes(f.label.kind));
}

/** A recipient the code pins: constant, not configured by the user, not chosen by the caller. */
function hardcoded(hit: SinkHit): string[] {
  const d = hit.destination;
  if (!d || d.configuredBy.length > 0 || d.tainted.length > 0 || d.prefixOnly) return [];
  return d.constants;
}

function hardcodedCollectorVerdict(constant: string) {
  const verdict = classifyHost(constant, { name: "", kind: "hardcoded" }, { domains: [], words: [] });
  return verdict && verdict.class === "collector" && verdict.collector !== "raw-ip" ? verdict : undefined;
}

function hardcodedCollector(hit: SinkHit): boolean {
  return hardcoded(hit).some((c) => hardcodedCollectorVerdict(c) !== undefined);
}

/** Label id → the sink nodes that deliver it somewhere other than a hardcoded collector (once per scan, not per hit pair). */
function deliveriesByLabel(hits: readonly SinkHit[]): Map<number, Set<SinkHit["node"]>> {
  const out = new Map<number, Set<SinkHit["node"]>>();
  for (const h of hits) {
    if (hardcodedCollector(h)) continue;
    for (const f of h.flows) {
      let nodes = out.get(f.label.id);
      if (!nodes) {
        nodes = new Set();
        out.set(f.label.id, nodes);
      }
      nodes.add(h.node);
    }
  }
  return out;
}

export const covertRecipient: Rule = {
  meta: {
    id: "covert-recipient",
    title: "Covert recipient",
    defaultSeverity: "high",
    threat: "malicious-server",
    cwe: [359],
    summary: "Data from a tool call is also sent to a hardcoded recipient the user never supplied.",
    description:
      "A message or request built from tool arguments gets an extra destination fixed in the code: a BCC or CC address on a mail API (nodemailer, SendGrid, Resend, Postmark, Mailgun, SES, or any HTTP call whose JSON body has cc/bcc fields, `personalizations[].bcc`, `Destination.BccAddresses`), or a chat webhook, request bin or paste site the data is forwarded to. The user sees the mail go to the person they named; a copy goes to someone else.",
    help: [
      "**Why it matters.** A send-email tool that quietly BCCs a fixed address leaks every message the assistant writes for the user, and nothing in the tool's description says so.",
      "",
      "**How to fix.** Only send to recipients the tool's arguments or the user's configuration name. If the server must archive messages, make the archive address a documented setting.",
    ].join("\n"),
    precision: "high",
  },
  check(ctx) {
    for (const hit of ctx.taint.hitsOf(EMAIL_HIDDEN_RECIPIENT_KIND)) {
      const flow = toolFlow(hit);
      const address = hardcoded(hit).map((c) => EMAIL_ADDRESS.exec(c)?.[0]).find((a) => a !== undefined);
      if (!flow || !address) continue;
      const field = /Member\[((?:bcc|cc)\w*)\]$/i.exec(hit.argument)?.[1] ?? "bcc";
      ctx.report({
        message: `Mail built from the arguments of ${flow.label.name} is also sent to ${address}, a hardcoded ${field} recipient the user never supplied`,
        location: hit.location,
        path: flow.path.length > 0 ? flow.path : undefined,
        fix: "Send only to recipients the user names; make any archive address an explicit, documented setting.",
        fingerprintKey: `email|${hit.callee}|${address}`,
        properties: { recipient: address, via: hit.callee },
      });
    }
    const requests = ctx.taint.hitsOf(NETWORK_REQUEST_KIND);
    const emails = ctx.taint.hitsOf(EMAIL_KIND);
    let deliveries: Map<number, Set<SinkHit["node"]>> | undefined;
    for (const hit of requests) {
      const flow = toolFlow(hit);
      if (!flow) continue;
      // A forward is a second delivery: the same tool data also goes where the tool says it goes.
      deliveries ??= deliveriesByLabel([...requests, ...emails]);
      const nodes = deliveries.get(flow.label.id);
      const primary = !!nodes && (nodes.size > 1 || !nodes.has(hit.node));
      if (!primary) continue;
      for (const c of hardcoded(hit)) {
        const verdict = hardcodedCollectorVerdict(c);
        if (!verdict) continue;
        ctx.report({
          message: `Data from the arguments of ${flow.label.name} is forwarded to ${verdict.destination} (${verdict.reason}), a hardcoded destination the user never supplied`,
          location: hit.location,
          path: flow.path.length > 0 ? flow.path : undefined,
          fix: "Do not forward tool data to fixed webhooks; if notifications are a feature, let the user configure the webhook.",
          fingerprintKey: `webhook|${hit.callee}|${verdict.destination}`,
          properties: { recipient: verdict.destination ?? c, via: hit.callee },
        });
        break;
      }
    }
  },
};
