// credential-exfiltration: a credential (secret env var, credential store,
// credential command output) reaches a network, DNS, mail or network-program
// sink whose destination is not that credential's own service. The destination
// decides (rules/util/destinations.ts); every destination, reported or not,
// goes into the credential map.
import { type Flow, PROPERTY_NAMES, URL_ADDRESS } from "../analyzer/taint/spec.js";
import type { CredentialDestination, FlowStep } from "../analyzer/types.js";
import { isMemberAccess, locationOf, propertyName } from "../analyzer/parse/ast.js";
import { isEnvName, isSecretName } from "./models/secret-names.js";
import { registrableDomain, vendorsOf } from "./models/vendors.js";
import type { Rule, RuleContext } from "./types.js";
import { ClientInstances } from "./util/client-instances.js";
import { credentialOf, toolsAt, toolsOnPath, useKind } from "./util/credentials.js";
import { carriesSecretValue, fieldMayHoldSecret } from "./util/secret-labels.js";
import { classifyDestination, classifyHost, hostOf, packageIdentity, worse, type CredentialRef, type DestinationVerdict, type PackageIdentity } from "./util/destinations.js";
import { outboundHits, type OutboundHit } from "./util/outbound.js";
import { recordDestinations } from "./util/outbound-destinations.js";
import { ProtocolCredentials } from "./util/protocol-credentials.js";
import { CLIENT_TOKEN_NAME } from "./models/mcp-protocol.js";
import { REQUEST_AUTHENTICATION_KIND } from "./models/network.js";
import type { TaintResult } from "../analyzer/taint/spec.js";

interface Sending {
  out: OutboundHit;
  flow: Flow;
  credential: CredentialRef;
  verdict: DestinationVerdict;
}

const FIX = "Send each credential only to the service it belongs to; if the server needs another endpoint, let the user configure it (an env var or a documented option) instead of hardcoding it.";

function dnsVerdict(): DestinationVerdict {
  return { class: "collector", reason: "the name of a DNS query (data in DNS labels reaches whoever runs that domain's name server)", collector: "oob-dns" };
}

/**
 * A credential with no known vendor (API_KEY, WEATHER_API_KEY) sent to a single
 * hardcoded service is that service's key: the package talks to it and nothing
 * else. Only a second, different destination makes one of them foreign.
 */
function settleSoleDestination(sendings: Sending[]): void {
  const byCredential = new Map<string, Sending[]>();
  for (const s of sendings) {
    const list = byCredential.get(s.credential.name);
    if (list) list.push(s);
    else byCredential.set(s.credential.name, [s]);
  }
  for (const [name, list] of byCredential) {
    if (list[0].credential.kind !== "env" || vendorsOf(name).length > 0) continue;
    const foreign = list.filter((s) => s.verdict.class === "foreign");
    if (foreign.length === 0 || list.some((s) => s.verdict.class === "own-service")) continue;
    const domains = new Set(foreign.map((s) => registrableDomain(hostOf(s.verdict.destination ?? "")?.host ?? "")));
    if (domains.size !== 1) continue;
    for (const s of foreign) s.verdict = { ...s.verdict, class: "own-service", reason: `the only service the package sends ${name} to` };
  }
}

/** Whether a request call carries a label in its authentication position (headers, auth options). */
function authenticationIndex(taint: TaintResult): (out: OutboundHit, labelId: number) => boolean {
  const keys = new Set<string>();
  for (const hit of taint.hitsOf(REQUEST_AUTHENTICATION_KIND)) for (const f of hit.flows) keys.add(`${hit.module.path}:${hit.node.range[0]}:${f.label.id}`);
  return (out, labelId) => out.via === "http" && keys.has(`${out.hit.module.path}:${out.hit.node.range[0]}:${labelId}`);
}

/**
 * One request that goes to either of several hardcoded hosts (a variable set
 * to one API root or the other, after probing which accepts the key) treats
 * them as one service: when one of them is the credential's own, the others
 * are that service's other endpoints (a second region, a second brand), for
 * every request of the package that authenticates to them with the
 * credential (a header, an auth option). A host no request picks between it
 * and the own one (a mirror that gets a copy) stays foreign, and so does a
 * body or a query handed to an alternative: data, not authentication. A
 * credential a vendor is known for has that vendor's hosts only.
 */
function settleAlternativeEndpoints(sendings: Sending[], pkg: PackageIdentity, authenticated: (out: OutboundHit, labelId: number) => boolean): void {
  const byCredential = new Map<string, Sending[]>();
  for (const s of sendings) byCredential.set(s.credential.name, [...(byCredential.get(s.credential.name) ?? []), s]);
  for (const [name, list] of byCredential) {
    const credential = list[0].credential;
    if (credential.kind !== "env" || vendorsOf(name).length > 0) continue;
    const alternatives = new Map<string, string>();
    for (const s of list) {
      const constants = (s.out.destination ?? s.out.hit.destination)?.constants ?? [];
      const verdicts = constants.map((c, i) => classifyHost(c, credential, pkg, i === 0)).filter((v): v is DestinationVerdict => !!v);
      const own = verdicts.find((v) => v.class === "own-service");
      if (!own) continue;
      for (const v of verdicts) if (v.class === "foreign" && v.destination) alternatives.set(domainOf(v.destination), own.destination ?? "");
    }
    if (alternatives.size === 0) continue;
    for (const s of list) {
      const own = s.verdict.class === "foreign" && s.verdict.destination ? alternatives.get(domainOf(s.verdict.destination)) : undefined;
      if (own === undefined || !authenticated(s.out, s.flow.label.id)) continue;
      s.verdict = { ...s.verdict, class: "own-service", reason: `another endpoint of ${own || "its service"}: the package sends each request to one or the other` };
    }
  }
}

function domainOf(destination: string): string {
  return registrableDomain(hostOf(destination, true)?.host ?? destination);
}

/**
 * Critical for a foreign host or a collector. An unknown destination is high
 * only when a tool argument, an HTTP request or network data chooses it: then
 * someone other than the user decides where the credential goes. An unknown
 * destination nothing untrusted chooses (a URL from a caller the engine could
 * not follow, an SDK option) is medium: worth a look, not an alarm.
 */
function severityOf(v: DestinationVerdict, credential: CredentialRef): "critical" | "high" | "medium" {
  if (v.class !== "unknown") return "critical";
  // Token passthrough to a URL the model picks hands the user's session to whoever the model was talked into naming.
  if (credential.name === CLIENT_TOKEN_NAME && v.chosenByUntrusted) return "critical";
  return v.chosenByUntrusted ? "high" : "medium";
}

function listed(names: string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function describe(s: Sending, names: string[]): string {
  const where = s.verdict.destination ? `${s.verdict.destination} (${s.verdict.reason})` : s.verdict.reason;
  const how = s.out.via === "process" ? `by running ${s.out.program}` : `by ${s.out.hit.callee}`;
  const plural = names.length > 1 || s.credential.kind === "file";
  const what = s.credential.kind === "env" ? listed(names) : s.credential.kind === "file" ? `The contents of ${listed(names)}` : `The output of ${listed(names)}`;
  return `${what} ${plural ? "are" : "is"} sent to ${where} ${how}`;
}

function pathOf(s: Sending): FlowStep[] {
  if (s.flow.path.length > 0) return s.flow.path;
  return [
    { location: s.flow.label.location, label: `${s.flow.label.name} read` },
    { location: s.out.hit.location, label: `sent by ${s.out.hit.callee}` },
  ];
}

/** Credential reads the engine may never see flow anywhere: they still belong in the map. */
function recordEnvReads(ctx: RuleContext) {
  return {
    MemberExpression(node: import("@typescript-eslint/types").TSESTree.MemberExpression, module: import("../analyzer/types.js").ParsedModule) {
      if (!isMemberAccess(node.object, "process", "env")) return;
      const name = propertyName(node);
      if (!name || !isEnvName(name) || !isSecretName(name)) return;
      const at = locationOf(module.path, node);
      ctx.recordCredential({ credential: name, kind: "env", readAt: [at], destinations: [], tools: toolsAt(ctx, [at]) });
    },
    VariableDeclarator(node: import("@typescript-eslint/types").TSESTree.VariableDeclarator, module: import("../analyzer/types.js").ParsedModule) {
      if (node.id.type !== "ObjectPattern" || !node.init || !isMemberAccess(node.init, "process", "env")) return;
      for (const p of node.id.properties) {
        if (p.type !== "Property") continue;
        const name = propertyName(p);
        if (!name || !isSecretName(name)) continue;
        const at = locationOf(module.path, p);
        ctx.recordCredential({ credential: name, kind: "env", readAt: [at], destinations: [], tools: toolsAt(ctx, [at]) });
      }
    },
  };
}

const clientInstances = new WeakMap<RuleContext, ClientInstances>();
const protocolCredentials = new WeakMap<RuleContext, ProtocolCredentials>();

export const credentialExfiltration: Rule = {
  meta: {
    id: "credential-exfiltration",
    title: "Credential exfiltration",
    defaultSeverity: "critical",
    threat: "malicious-server",
    cwe: [200, 522],
    summary: "A credential is sent to a destination that is not its own service.",
    description:
      "A secret environment variable, a credential file (ssh keys, cloud credentials, `.npmrc`, other MCP clients' configs) or the output of a credential command reaches a network request, DNS query, email or network program whose destination is not that credential's own service. Critical when the destination is a hardcoded foreign host or a collector (request bins, tunnels, paste sites, chat webhooks, raw IPs, DNS labels). When the destination cannot be resolved: high if a tool argument, an incoming HTTP request or network data chooses it (someone other than the user then decides where the key goes), medium otherwise. Sending a key to its vendor, or to a base URL the user configures (an env var, argv or constructor option, with or without a vendor default), is not reported: it is listed in the credential map. A code host's token (GitHub, GitLab, Bitbucket) sent to the server the package's own repository lives on goes to the authors' own instance of that code host. A login file that a service's CLI writes for its own tokens (the Codex login) sent to that service (a refresh at its token endpoint, a call to its API) goes where the tokens were issued. A key no vendor is known for, sent as a request's credential (a header, an auth option) to a hardcoded host that one of its requests picks between and the key's own service (a second regional endpoint), is sent to that service too; a host it only copies data to stays foreign. A helper that sends to its `url` parameter is judged at each call site, with that caller's URL.",
    help: [
      "**Why it matters.** An MCP server runs with the user's environment: every token the user exported is readable by it. A server that sends `GITHUB_TOKEN` to a host other than GitHub hands the user's repositories to whoever runs that host.",
      "",
      "**How to fix.** Send a credential only to its own service. If the server needs an endpoint the user may change (a self-hosted GitLab, a proxy), read it from configuration instead of hardcoding it:",
      "",
      "```js",
      "const base = process.env.GITLAB_API_URL ?? 'https://gitlab.com/api/v4';",
      "await fetch(`${base}/projects`, { headers: { 'PRIVATE-TOKEN': process.env.GITLAB_TOKEN } });",
      "```",
    ].join("\n"),
    precision: "high",
  },
  visitors(ctx) {
    const instances = new ClientInstances();
    clientInstances.set(ctx, instances);
    const protocol = new ProtocolCredentials(ctx);
    protocolCredentials.set(ctx, protocol);
    const own = instances.visitors();
    const asks = protocol.visitors();
    return { ...recordEnvReads(ctx), ...own, CallExpression: (n, m) => (own.CallExpression?.(n, m), asks.CallExpression?.(n, m)) };
  },
  check(ctx) {
    const pkg = packageIdentity(ctx.source.facts);
    const sendings: Sending[] = [];
    const outs = outboundHits(ctx.taint, ctx.program, clientInstances.get(ctx), { quiet: true });
    for (const out of outs) {
      // A sink's flows often carry the same credential read at several places: judge the destination once per credential.
      const verdicts = new Map<string, DestinationVerdict>();
      for (const flow of out.hit.flows) {
        const named = credentialOf(flow.label);
        const credential = named ?? protocolCredentials.get(ctx)?.credentialOf(flow);
        // A credentialed URL's host, port or path is where it points, not its password; a secret file's field names are not its values.
        // A variable that names a credentials file sends its path, not the credentials (a protocol credential, the client's token or an elicited secret, is always its value).
        if (!credential || flow.sanitizedFor.includes(URL_ADDRESS) || flow.sanitizedFor.includes(PROPERTY_NAMES) || (named && !carriesSecretValue(flow, ctx.taint))) continue;
        // A config object built with an env secret: its other fields (`account.email`, `config.defaultWorkspace`) are not the secret.
        // (A parsed credential file's fields may all be secrets: another client's `mcpServers` holds their env tokens.)
        if (named?.kind === "env" && !fieldMayHoldSecret(flow)) continue;
        const key = `${credential.kind}\0${credential.name}`;
        let verdict = verdicts.get(key);
        if (!verdict) {
          verdict = out.via === "dns" ? dnsVerdict() : classifyDestination(out.destination ?? out.hit.destination, credential, pkg, out.extraConstants, out.via !== "http");
          verdicts.set(key, verdict);
        }
        // Each sending keeps its own verdict object: worse() picks between them by identity.
        sendings.push({ out, flow, credential, verdict: { ...verdict } });
      }
    }
    settleSoleDestination(sendings);
    settleAlternativeEndpoints(sendings, pkg, authenticationIndex(ctx.taint));
    const verdictsByOut = new Map<OutboundHit, DestinationVerdict[]>();
    for (const s of sendings) verdictsByOut.set(s.out, [...(verdictsByOut.get(s.out) ?? []), s.verdict]);
    recordDestinations(ctx, outs, verdictsByOut, pkg);

    const bySink = new Map<string, Sending[]>();
    for (const s of sendings) {
      const { hit } = s.out;
      const path = pathOf(s);
      const destination: CredentialDestination = { ...(s.verdict.destination ? { destination: s.verdict.destination } : {}), class: s.verdict.class, via: s.out.via, location: hit.location };
      ctx.recordCredential({ credential: s.credential.name, kind: useKind(s.credential), readAt: [s.flow.label.location], destinations: [destination], tools: toolsOnPath(ctx, path, hit.location) });
      if (s.verdict.class === "own-service" || s.verdict.class === "user-configured") continue;
      if (s.verdict.class === "unknown" && !ProtocolCredentials.judgesUnknownDestination(s.credential, s.out.destination ?? hit.destination)) continue;
      const key = `${hit.location.file}:${hit.location.line}:${hit.location.column}`;
      const group = bySink.get(key);
      if (group) group.push(s);
      else bySink.set(key, [s]);
    }
    // One finding per sink: the worst destination, every credential that reaches it.
    for (const group of bySink.values()) {
      const worst = group.reduce((a, b) => (worse(a.verdict, b.verdict) === b.verdict ? b : a));
      const names = [...new Set(group.map((s) => s.credential.name))];
      const { hit } = worst.out;
      ctx.report({
        severity: severityOf(worst.verdict, worst.credential),
        message: describe(worst, names),
        location: hit.location,
        path: pathOf(worst),
        fix: FIX,
        fingerprintKey: `${hit.kind}|${hit.callee}|${worst.flow.label.kind}|${names.join(",")}`,
        properties: {
          credential: names.length === 1 ? names[0] : names,
          credentialKind: worst.credential.kind,
          destinationClass: worst.verdict.class,
          ...(worst.verdict.destination ? { destination: worst.verdict.destination } : {}),
          ...(worst.verdict.collector ? { collector: worst.verdict.collector } : {}),
          via: worst.out.via,
        },
      });
    }
  },
};
