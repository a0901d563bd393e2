// What secret-in-log and secret-in-tool-output share: which flows at a sink
// are secrets that were not masked on the way, and how to say so.
import { type Flow, PROPERTY_NAMES, type SinkHit, type TaintResult, URL_ADDRESS } from "../../analyzer/taint/spec.js";
import { ENV_KIND } from "../models/env.js";
import { KEY_PREFIX_KEPT, LONG_TOKEN_PREFIX_KEPT, SECRET_MASKED } from "../models/masking.js";
import { vendorsOf } from "../models/vendors.js";
import { isSecretName, namesIssuedKey } from "../models/secret-names.js";
import type { RuleContext } from "../types.js";
import { carriesSecretValue, describeSecret } from "./secret-labels.js";

export interface SecretAtSink {
  hit: SinkHit;
  /** The unmasked secret flows, one per secret, in a stable order. */
  flows: Flow[];
}

/** Marks that say a flow carries something about a secret, not the secret. */
export const NOT_THE_SECRET: readonly string[] = [SECRET_MASKED, URL_ADDRESS, PROPERTY_NAMES, "*"];

export function isUnmaskedSecret(flow: Flow, taint: TaintResult): boolean {
  // A credentialed URL's protocol, host, port and path hold none of its userinfo or query;
  // the names of a parsed secret file's fields are not their values.
  if (!carriesSecretValue(flow, taint) || NOT_THE_SECRET.some((k) => flow.sanitizedFor.includes(k))) return false;
  // The first few characters of a key a service issued (`key.slice(0, 12) + "..."`) do not give the key.
  if (flow.sanitizedFor.includes(KEY_PREFIX_KEPT) && flow.label.kind === ENV_KIND && namesIssuedKey(flow.label.name)) return false;
  // A few dozen leading characters of a token whose vendor issues only long ones leave most of it unknown.
  if (flow.sanitizedFor.includes(LONG_TOKEN_PREFIX_KEPT) && flow.label.kind === ENV_KIND && namesIssuedKey(flow.label.name) && issuesOnlyLongTokens(flow.label.name)) return false;
  // `field` is set when a property was read from a value that carries the secret
  // as a blob (a client object built with the key, a parsed file): `result.id`
  // of such a value is not the key; `creds.secret_access_key` is.
  return flow.field === undefined || isSecretName(flow.field);
}

function issuesOnlyLongTokens(name: string): boolean {
  const vendors = vendorsOf(name);
  return vendors.length > 0 && vendors.every((v) => (v.minTokenLength ?? 0) >= 100);
}

/** Hits of these sink kinds that an unmasked secret reaches; `accept` filters hits (e.g. only `*.log` files). */
export function secretsAtSinks(ctx: RuleContext, kinds: readonly string[], accept: (hit: SinkHit) => boolean = () => true): SecretAtSink[] {
  const out: SecretAtSink[] = [];
  for (const kind of kinds) {
    for (const hit of ctx.taint.hitsOf(kind)) {
      const seen = new Set<string>();
      const flows = hit.flows.filter((f) => isUnmaskedSecret(f, ctx.taint) && !seen.has(f.label.name) && (seen.add(f.label.name), true));
      if (flows.length && accept(hit)) out.push({ hit, flows: flows.sort((a, b) => a.label.name.localeCompare(b.label.name)) });
    }
  }
  return out;
}

/** "reaches" or "reach", agreeing with describeSecrets. */
export function reaches(flows: readonly Flow[]): string {
  return flows.length === 1 ? "reaches" : "reach";
}

/** "OPENAI_API_KEY", "GITHUB_TOKEN and NPM_TOKEN", "A_KEY, B_KEY and 2 more". */
export function describeSecrets(flows: readonly Flow[]): string {
  const names = flows.map((f) => describeSecret(f.label));
  if (names.length === 1) return names[0];
  if (names.length <= 3) return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${names.slice(0, 2).join(", ")} and ${names.length - 2} more`;
}

/** How the secret got there, when that is worth saying. */
export function howItArrives(flows: readonly Flow[]): string {
  return flows.every((f) => f.whole) ? " inside a larger value written whole (an object, a URL)" : "";
}
