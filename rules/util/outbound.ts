// Every place data leaves the machine, as the credential rules see it: the
// engine's network, DNS and mail sink hits, plus child processes that run a
// network program (curl, wget, nc...) from the injection model's command sinks.
// For sinks whose destination sits on another call (a socket's `write` after
// `net.connect(host)`, `req.end(body)` after `https.request(options)`), the
// destination is read from the call the receiver came from.
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName, stringLiteralValue, unwrapExpression, type Node } from "../../analyzer/parse/ast.js";
import { ConstantFolder, relativeResolver } from "../../analyzer/program/constants.js";
import type { Program } from "../../analyzer/program/index.js";
import type { Destination, SinkHit, TaintResult } from "../../analyzer/taint/spec.js";
import type { ParsedModule } from "../../analyzer/types.js";
import { DNS_KIND, EMAIL_KIND, NETWORK_PROGRAMS, NETWORK_REQUEST_KIND } from "../models/network.js";
import { baseOfInstanceRequest, ClientInstances, instanceRequestUrls, setsNoBaseUrl } from "./client-instances.js";
import { pathShape } from "./path-shape.js";

export type Via = "http" | "socket" | "dns" | "email" | "process";

export interface OutboundHit {
  hit: SinkHit;
  via: Via;
  /** Destinations found by the rule itself (receiver origin, URLs inside a command line). */
  extraConstants: string[];
  /** For child processes: the network program run. */
  program?: string;
  /** The destination to judge instead of the hit's own: a relative request through a client instance goes to the instance's base URL. */
  destination?: Destination;
}

const COMMAND_KINDS = ["command-injection", "command-argument"];
const folders = new WeakMap<Program, ConstantFolder>();

/** One constant folder per program, shared by the credential rules. */
export function folderFor(program: Program): ConstantFolder {
  let f = folders.get(program);
  if (!f) {
    const resolver = (program as Program & { resolve?: (from: string, spec: string) => { kind: string; module?: ParsedModule } }).resolve;
    f = new ConstantFolder(
      resolver
        ? (from, spec) => {
            const r = resolver(from, spec);
            return r.kind === "internal" ? r.module : undefined;
          }
        : relativeResolver(program.byPath),
    );
    folders.set(program, f);
  }
  return f;
}

function viaOf(hit: SinkHit): Via {
  if (hit.kind === DNS_KIND) return "dns";
  if (hit.kind === EMAIL_KIND) return "email";
  return /\b(net|tls|dgram|ws|WebSocket|socket\.io)\b/i.test(hit.callee) ? "socket" : "http";
}

/**
 * `instances` (filled by the caller's visitors) links HTTP client instances to
 * their factory call: a factory's destination becomes its instance's request
 * URLs, a relative request's becomes the instance's base URL.
 */
export function outboundHits(taint: TaintResult, program: Program, instances?: ClientInstances, options: { quiet?: boolean } = {}): OutboundHit[] {
  const folder = folderFor(program);
  const out: OutboundHit[] = [];
  // Destination-only calls (no labelled data: telemetry, update checks) when the caller lists destinations.
  const quiet = options.quiet ? (taint.quietHits ?? []) : [];
  for (const kind of [NETWORK_REQUEST_KIND, DNS_KIND, EMAIL_KIND]) {
    for (const hit of [...taint.hitsOf(kind), ...quiet.filter((h) => h.kind === kind)]) {
      const resolved = hit.destination && !hit.destination.unresolved;
      const o: OutboundHit = { hit, via: viaOf(hit), extraConstants: resolved ? [] : receiverOrigin(hit, folder) };
      if (instances && kind === NETWORK_REQUEST_KIND) throughInstance(o, instances, taint, folder);
      out.push(o);
    }
  }
  const seen = new Set<Node>();
  for (const kind of COMMAND_KINDS) {
    for (const hit of taint.hitsOf(kind)) {
      if (seen.has(hit.node)) continue;
      const command = commandLine(hit, folder);
      const program = command ? programOf(command) : undefined;
      if (!command || !program || !NETWORK_PROGRAMS.test(program)) continue;
      seen.add(hit.node);
      out.push({ hit, via: "process", extraConstants: urlsIn(command), program: program.replace(/^.*[\\/]/, "") });
    }
  }
  return out;
}

/** Judges a factory call by its instance's requests, and a relative request by its instance's base URL. */
function throughInstance(o: OutboundHit, instances: ClientInstances, taint: TaintResult, folder: ConstantFolder): void {
  const { hit } = o;
  const factory = ClientInstances.factoryOf(hit);
  if (factory) {
    if (hit.node.type !== "CallExpression" || (hit.destination && !hit.destination.unresolved) || !setsNoBaseUrl(factory, hit.node, hit.module, folder)) return;
    const urls = instanceRequestUrls(instances.link(factory, hit.node, hit.module, folder), instances, taint, folder);
    if (urls) o.extraConstants.push(...urls);
    return;
  }
  const base = baseOfInstanceRequest(hit, instances, taint, folder);
  if (base?.destination) o.destination = base.destination;
  else if (base) o.extraConstants.push(...base.constants);
}

/** The command line a child-process call runs, as a shape (`curl -d * https://x`). */
function commandLine(hit: SinkHit, folder: ConstantFolder): string | undefined {
  const call = hit.node;
  if (call.type !== "CallExpression" && call.type !== "NewExpression") return hit.destination?.constants[0];
  const [first, second] = call.arguments;
  if (!first || first.type === "SpreadElement") return undefined;
  let line = pathShape(first, hit.module, folder);
  const vector = second && second.type !== "SpreadElement" ? unwrapExpression(second) : undefined;
  if (vector && vector.type === "ArrayExpression") {
    for (const el of vector.elements) if (el && el.type !== "SpreadElement") line += " " + pathShape(el, hit.module, folder);
  }
  return line;
}

function programOf(command: string): string | undefined {
  const words = command.trim().split(/\s+/);
  // `sh -c "curl ..."` runs curl.
  const i = words.findIndex((w) => !/^(sh|bash|zsh|cmd(\.exe)?|\/c|-c|-lc|sudo|env|exec|nohup)$/i.test(w.replace(/^.*[\\/]/, "")) && !/^[A-Z_]+=/.test(w));
  return i < 0 ? undefined : words[i].replace(/^["']/, "");
}

/** URLs and host names written in a command line. */
export function urlsIn(command: string): string[] {
  const urls = [...command.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^\s'"`]+/gi)].map((m) => m[0]);
  if (urls.length > 0) return urls;
  // `nc evil.example.net 443`, `ssh user@host`: a word that looks like a host name.
  return command
    .split(/\s+/)
    .slice(1)
    .map((w) => w.replace(/^[^@]*@/, "").replace(/^["']|["']$/g, ""))
    .filter((w) => /^([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?$/i.test(w) && !/\.(json|txt|sh|js|ts|log|yml|yaml|md|pem|key|env|conf|cfg)$/i.test(w));
}

/**
 * For `sock.write(x)` / `req.end(x)` / `ws.send(x)`: the destination of the
 * call that made the receiver (`net.connect(port, host)`, `https.request(opts)`,
 * `new WebSocket(url)`), when the code pins it.
 */
function receiverOrigin(hit: SinkHit, folder: ConstantFolder): string[] {
  const call = hit.node;
  if (call.type !== "CallExpression") return [];
  const callee = unwrapExpression(call.callee);
  if (callee.type !== "MemberExpression") return [];
  let origin: Node = unwrapExpression(callee.object);
  for (let i = 0; i < 4 && origin.type !== "CallExpression" && origin.type !== "NewExpression"; i++) {
    const target = folder.resolve(origin, hit.module);
    if (!target || target.node === origin) return [];
    origin = unwrapExpression(target.node);
  }
  if (origin.type !== "CallExpression" && origin.type !== "NewExpression") return [];
  return constantsOfArguments(origin, hit.module, folder);
}

/** URL strings, `{ host, hostname, port }` objects and `(port, host)` pairs among a call's arguments. */
function constantsOfArguments(call: TSESTree.CallExpression | TSESTree.NewExpression, module: ParsedModule, folder: ConstantFolder): string[] {
  const out: string[] = [];
  for (const arg of call.arguments) {
    if (arg.type === "SpreadElement") continue;
    const s = folder.string(arg, module);
    if (s !== undefined && /[a-z]/i.test(s)) out.push(s);
    const target = folder.resolve(arg, module);
    const obj = target ? unwrapExpression(target.node) : undefined;
    if (obj && obj.type === "ObjectExpression") {
      for (const p of obj.properties) {
        if (p.type !== "Property") continue;
        const key = propertyName(p);
        if (key !== "host" && key !== "hostname" && key !== "url" && key !== "origin") continue;
        const v = stringLiteralValue(p.value as Node) ?? folder.string(p.value as Node, target!.module);
        if (v) out.push(v);
      }
    }
  }
  return out;
}
