// Turning what reached a sink into results: flows with their paths, and the
// destination of a call (constant prefix, who configures it, what is tainted).
import type { Location } from "../types.js";
import type { Destination, Flow, Label } from "./spec.js";
import { UNKNOWN_PART, type Atom, deepTaint, pathSteps, type Value } from "./values.js";
import { settledGuards } from "./value-ops.js";

export function sameSets(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Which parameters no call of the scanned code fills (value-ops.ts `settledGuards`); none by default. */
export type FilledParam = (fnId: number, index: number) => boolean;
const NONE_FILLED: FilledParam = () => false;

export function atomToFlow(a: Atom, sinkLocation: Location, sinkLabel: string, filled: FilledParam = NONE_FILLED): Flow {
  const steps = pathSteps(a.path);
  steps.push({ location: sinkLocation, label: sinkLabel });
  return { label: a.label, sanitizedFor: [...a.sanitized], guards: settledGuards(a.guards, filled), path: steps, ...(a.whole ? { whole: true } : {}), ...(a.field ? { field: a.field } : {}), ...(a.subfield ? { subfield: a.subfield } : {}), ...(a.member ? { member: true } : {}) };
}

export function toDestination(v: Value, sinkLocation: Location, sinkLabel: string, filled: FilledParam = NONE_FILLED): Destination {
  const atoms = deepTaint(v).atoms ?? [];
  // Constants up to the first unknown part: what is known from the start of the destination.
  const consts = v.consts ?? [];
  const constants = [...new Set(consts.map((c) => c.split(UNKNOWN_PART)[0]).filter((c) => c.length > 0))];
  const prefixOnly = !!v.prefix || consts.some((c) => c.includes(UNKNOWN_PART));
  // Every alternative names its scheme and host in full: data can only be in the path or query.
  const hostFixed = consts.length > 0 && consts.every((c) => FIXED_HOST.test(c) || (!v.prefix && /^[a-z][a-z0-9+.-]*:\/\/[^/?#\u0000]+$/i.test(c)));
  const configuredBy = hostFixed ? [] : [...new Set(atoms.filter((a) => CONFIG_KINDS.has(a.label.kind)).map((a) => a.label.name))];
  // Under a fixed host, even configuration values are just data in the path or query.
  const taintedAtoms = atoms.filter((a) => hostFixed || !CONFIG_KINDS.has(a.label.kind));
  const tainted = uniqueLabels(taintedAtoms.map((a) => a.label));
  const flows = taintedAtoms.map((a) => atomToFlow(a, sinkLocation, sinkLabel, filled));
  // `${process.env.API_URL}/items/${id}`: an alternative that starts with an unknown
  // part and goes on with a path takes its host from that part; when configuration
  // is among the data, that part is taken to be it (its order is not tracked).
  const leadThenPath = consts.length > 0 && consts.every((c) => FIXED_HOST.test(c) || CONFIGURED_LEAD.test(c));
  const hostConfigured = hostFixed || (configuredBy.length > 0 && leadThenPath);
  const pathUnderUnknownHost = !hostConfigured && leadThenPath;
  const openStart = consts.some((c) => (c === "" && !!v.prefix) || (c.startsWith(UNKNOWN_PART) && !CONFIGURED_LEAD.test(c)));
  const tails = v.prefix ? [] : consts.map(fixedTail);
  const fixedTails = tails.length > 0 && tails.every((t) => t !== undefined) ? [...new Set(tails as string[])] : undefined;
  return { constants, prefixOnly, hostFixed, ...(hostConfigured ? { hostConfigured } : {}), ...(pathUnderUnknownHost ? { pathUnderUnknownHost } : {}), ...(openStart ? { openStart } : {}), configuredBy, tainted, ...(flows.length ? { flows } : {}), unresolved: constants.length === 0 && configuredBy.length === 0, ...(fixedTails ? { fixedTails } : {}) };
}

/**
 * The constant text after the last unknown part of one alternative, when it
 * holds a separator and ends with a file name (`<root>/.specs/origin.md` →
 * `/.specs/origin.md`): what the unknown parts write comes before it, so the
 * last path segment is this one whatever they hold. Not `.` or `..`, which
 * name a folder by where it is.
 */
function fixedTail(alternative: string): string | undefined {
  const tail = alternative.slice(alternative.lastIndexOf(UNKNOWN_PART) + 1);
  const sep = Math.max(tail.lastIndexOf("/"), tail.lastIndexOf("\\"));
  const name = tail.slice(sep + 1);
  return sep >= 0 && name !== "" && name !== "." && name !== ".." ? tail : undefined;
}

/** An unknown leading part followed by a path: `<base>/v2/...` (`<base>//x` too: the base holds the host). */
const CONFIGURED_LEAD = /^\u0000\//;

/** `https://host/...`, or a path (`/v1/...`) resolved against a client's base URL. */
export const FIXED_HOST = /^([a-z][a-z0-9+.-]*:\/\/[^/?#\u0000]+[/?#]|\/(?!\/))/i;

/** Source kinds that mean "the user configured this" when they shape a destination. */
export const CONFIG_KINDS = new Set(["env", "argv", "config-file", "user-config"]);

export function uniqueLabels(labels: Label[]): Label[] {
  const seen = new Set<number>();
  return labels.filter((l) => (seen.has(l.id) ? false : (seen.add(l.id), true)));
}
