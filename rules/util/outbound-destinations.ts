// The list of every outbound destination (the report's "where it sends it"):
// each place data leaves the machine that the credential rules already walk,
// with or without a credential on it, plus the engine's destination-only calls
// (telemetry, update checks). Judged with the credential map's classes: by the
// credentials that reach it when some do, else as a destination of the package.
import type { Flow, Label } from "../../analyzer/taint/spec.js";
import { ENV_KIND, ENV_WHOLE_KIND } from "../models/env.js";
import type { RuleContext } from "../types.js";
import { credentialOf, toolsAt } from "./credentials.js";
import { classifyDestination, worse, type DestinationVerdict, type PackageIdentity } from "./destinations.js";
import type { OutboundHit } from "./outbound.js";
import { CLIENT_TOKEN_FIELD, ELICITATION_ANSWER_KIND, REQUEST_CONTEXT_KIND, SAMPLING_RESULT_KIND } from "../models/mcp-protocol.js";

/** What a destination's data is, judged without any credential: a host the package names is its own, another one a third party's. */
const NO_CREDENTIAL = { name: "", kind: "hardcoded" } as const;

/** A flow's source in words, for "what is sent". */
export function sentValue(flow: Flow): string {
  const label: Label = flow.label;
  const credential = credentialOf(label);
  if (credential) return credential.kind === "env" ? `credential ${credential.name}` : credential.kind === "file" ? `contents of ${credential.name}` : `output of ${credential.name}`;
  switch (label.kind) {
    case "tool-argument": {
      const fields = flow.fields ?? (flow.field !== undefined ? [flow.field] : []);
      return `${fields.length ? `argument ${fields.join(", ")}` : "arguments"} of ${label.name}`;
    }
    case ENV_KIND:
      // `process.env[name]` with a name the code computes: the label has no name of its own.
      return label.name === "*" ? "an env variable named at run time" : `env ${label.name}`;
    case ENV_WHOLE_KIND:
      return "the whole environment";
    case "network-response":
      return "data from another response";
    case "http-request":
      return "data of an incoming HTTP request";
    case "hardcoded-secret":
      return `a hardcoded ${label.name}`;
    case REQUEST_CONTEXT_KIND:
      return flow.field === CLIENT_TOKEN_FIELD ? "the client's bearer token" : `the MCP request context of ${label.name}`;
    case SAMPLING_RESULT_KIND:
      return "text the client's model wrote (sampling)";
    case ELICITATION_ANSWER_KIND:
      return "what the user typed into an elicitation form";
    default:
      return `${label.kind} ${label.name}`;
  }
}

/**
 * Records one destination per outbound call. `verdicts` holds, per call, the
 * credential verdicts the rule settled (own service, collector...); a call no
 * credential reaches is judged on its own.
 */
export function recordDestinations(ctx: RuleContext, outs: readonly OutboundHit[], verdicts: ReadonlyMap<OutboundHit, DestinationVerdict[]>, pkg: PackageIdentity): void {
  if (!ctx.recordDestination) return;
  for (const out of outs) {
    const { hit } = out;
    const credentialVerdicts = verdicts.get(out) ?? [];
    let verdict: DestinationVerdict;
    if (credentialVerdicts.length > 0) verdict = credentialVerdicts.reduce((a, b) => worse(a, b));
    else {
      verdict = classifyDestination(out.destination ?? hit.destination, NO_CREDENTIAL, pkg, out.extraConstants, out.via !== "http");
      if (verdict.class === "foreign") verdict = { ...verdict, reason: "a host the package does not own" };
    }
    // A call that sends nothing labelled and names no host (a browser bundle's `fetch("/api/x")`, same-origin) says nothing.
    if (hit.flows.length === 0 && !verdict.destination) continue;
    const places = [hit.location, ...hit.flows.flatMap((f) => f.path.map((s) => s.location))];
    ctx.recordDestination({
      ...(verdict.destination ? { destination: verdict.destination } : {}),
      class: verdict.class,
      reason: verdict.reason,
      via: out.via,
      callee: out.via === "process" && out.program ? out.program : hit.callee,
      sends: [...new Set(hit.flows.map(sentValue))].sort(),
      tools: toolsAt(ctx, places),
      location: hit.location,
    });
  }
}
