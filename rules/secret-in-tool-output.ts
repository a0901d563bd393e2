// secret-in-tool-output: a credential reaches what the MCP client sees: a
// tool's returned content or structured content, a resource's contents, a
// prompt's messages, or the message of an Error that escapes a handler (the
// SDK turns it into the tool result). From there it is in the model's context,
// the transcript, and any other server the model talks to next.
import type { SinkHit } from "../analyzer/taint/spec.js";
import type { Rule, RuleContext } from "./types.js";
import { describeSecrets, NOT_THE_SECRET, reaches, secretsAtSinks } from "./util/secret-flows.js";
import { isClientToken } from "./util/protocol-credentials.js";
import { CLIENT_TOKEN_NAME, MODEL_PROVIDER_SINK_KIND, providerFieldOf } from "./models/mcp-protocol.js";

const OUTPUT_KINDS = ["tool-output", "tool-throw", MODEL_PROVIDER_SINK_KIND] as const;

const FIX_RETURN = "Return what the user asked for without the credential: drop secret fields from returned objects, or mask them to a few characters.";
const FIX_PROVIDER = "Keep credentials out of what the server hands the client for its model (instructions, tool and parameter descriptions, sampling requests): say which credential is configured, not its value.";
const FIX_THROW = "Throw a message that says what failed (\"authentication failed: check GITHUB_TOKEN\"), not the credential's value.";

export const secretInToolOutput: Rule = {
  meta: {
    id: "secret-in-tool-output",
    title: "Secret returned to the client",
    defaultSeverity: "high",
    threat: "credential-leakage",
    cwe: [200, 209],
    summary: "A secret reaches tool results, resource or prompt contents, or an error thrown out of a handler.",
    description:
      "A credential (an API key from the environment, a credential file, a hardcoded token) reaches the content a handler returns, its structured content, a resource's contents or a prompt's messages, or the message of an Error that escapes a handler, which the MCP SDK turns into the tool's result. The model then has the secret in its context: it can repeat it, send it to another tool, or be talked into doing so by injected text; the transcript keeps it.",
    help: [
      "**Why it matters.** Whatever a tool returns is read by the model and stored in the conversation. A prompt injection in a web page or an issue can ask the model to pass the key to another tool.",
      "",
      "**How to fix.** Return results, not configuration; say which credential failed, not its value:",
      "",
      "```ts",
      "throw new Error(\"GitHub rejected the token (401): check GITHUB_TOKEN\");",
      "```",
    ].join("\n"),
    precision: "high",
  },
  check(ctx) {
    const atSink = new Map<string, { hit: SinkHit; flows: SinkHit["flows"] }>();
    for (const { hit, flows } of [...secretsAtSinks(ctx, OUTPUT_KINDS), ...clientTokensAtSinks(ctx)]) {
      const key = `${hit.location.file}:${hit.location.line}:${hit.location.column}`;
      const first = atSink.get(key);
      if (!first) atSink.set(key, { hit, flows });
      // The client's token joins the secrets already found there.
      else if (flows[0].label.name === CLIENT_TOKEN_NAME && !first.flows.some((f) => f.label.name === CLIENT_TOKEN_NAME)) first.flows = [...first.flows, ...flows];
    }
    for (const { hit, flows } of atSink.values()) report(ctx, hit, flows);
  },
};

/** The client's bearer token (rules/util/protocol-credentials.ts), unmasked, at what the client sees. */
function clientTokensAtSinks(ctx: RuleContext): { hit: SinkHit; flows: SinkHit["flows"] }[] {
  return OUTPUT_KINDS.flatMap((kind) =>
    ctx.taint.hitsOf(kind).flatMap((hit) => {
      const token = hit.flows.find((f) => isClientToken(f) && !NOT_THE_SECRET.some((k) => f.sanitizedFor.includes(k)));
      return token ? [{ hit, flows: [{ ...token, label: { ...token.label, name: CLIENT_TOKEN_NAME } }] }] : [];
    }),
  );
}

function report(ctx: RuleContext, hit: SinkHit, flows: SinkHit["flows"]): void {
  const thrown = hit.kind === "tool-throw";
  const provider = hit.kind === MODEL_PROVIDER_SINK_KIND;
  const where = provider ? `${providerFieldOf(hit.callee, hit.argument)} (${hit.callee}), which the client passes to its model provider` : `${hit.callee}${thrown ? ": the SDK sends the error's message to the client" : ""}`;
  ctx.report({
    message: `${describeSecrets(flows)} ${reaches(flows)} ${where}`,
    location: hit.location,
    path: flows[0].path,
    fix: thrown ? FIX_THROW : provider ? FIX_PROVIDER : FIX_RETURN,
    fingerprintKey: `${hit.kind}|${hit.callee}|${flows.map((f) => `${f.label.kind}:${f.label.name}`).join(",")}`,
    properties: { secrets: flows.map((f) => f.label.name), sink: hit.callee },
  });
}
