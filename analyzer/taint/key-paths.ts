// Where in a sink call's arguments each label sits, as key paths
// (`["0", "headers", "authorization"]`: argument 0, its `headers`, that
// header). A sink row asks for it when its library masks some key paths of
// what it is given (a logger's redaction list): the rule then needs to know
// whether the secret sits only under masked keys. The value handed to the
// sink is taint only (DESIGN: pending sinks), so the places are read here,
// from the arguments as evaluated at the call, before they are flattened.
import { deepTaint, hasOwnTextViews, type Value } from "./values.js";

/** Key paths per label id, and the places of parameter references (filled in by each caller). */
export interface KeyPlacement {
  readonly byLabel: ReadonlyMap<number, readonly (readonly string[])[]>;
  readonly refs: readonly (readonly string[])[];
}

/** An array's elements, all at once: matched only by a `*` in a masking list. */
export const ANY_ELEMENT = "*";

/** Deeper than this, everything below is placed at the object itself (unknown to a masking list). */
const MAX_KEY_DEPTH = 5;
/** Past this many places, the placement is given up: the flows are then placed nowhere known. */
const MAX_PLACES = 256;

/**
 * The key paths of every label in `args` (argument index first). Undefined
 * when it cannot be told (too many places): a rule then treats every flow as
 * placed where no mask reaches.
 */
export function placeLabels(args: readonly Value[], firstIndex: number): KeyPlacement | undefined {
  const byLabel = new Map<number, (readonly string[])[]>();
  const refs: (readonly string[])[] = [];
  let places = 0;
  const add = (list: (readonly string[])[], path: readonly string[]) => {
    places++;
    if (!list.some((p) => samePath(p, path))) list.push(path);
  };
  const placeTaint = (v: Value, path: readonly string[]) => {
    for (const a of v.atoms ?? []) {
      let list = byLabel.get(a.label.id);
      if (!list) byLabel.set(a.label.id, (list = []));
      add(list, path);
    }
    if (v.refs?.length) add(refs, path);
  };
  const walk = (v: Value, path: readonly string[], depth: number) => {
    if (places > MAX_PLACES) return;
    // An object's text views (a URL's host, href) are its own text again, not fields of their own.
    if (depth >= MAX_KEY_DEPTH || hasOwnTextViews(v)) {
      placeTaint(deepTaint(v), path);
      return;
    }
    placeTaint(v, path);
    for (const [key, p] of v.props ?? []) walk(p, [...path, key], depth + 1);
    if (v.elems) walk(v.elems, [...path, ANY_ELEMENT], depth + 1);
  };
  args.forEach((a, i) => walk(a, [String(firstIndex + i)], 0));
  return places > MAX_PLACES ? undefined : { byLabel, refs };
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

function unionPaths(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): (readonly string[])[] {
  return [...a, ...b.filter((p) => !a.some((q) => samePath(p, q)))];
}

/** Two placements of one sink call as one (pending sinks joined): known only when both are. */
export function joinPlacements(a: KeyPlacement | undefined, b: KeyPlacement | undefined): KeyPlacement | undefined {
  if (!a || !b) return undefined;
  const byLabel = new Map(a.byLabel);
  for (const [id, paths] of b.byLabel) byLabel.set(id, unionPaths(byLabel.get(id) ?? [], paths));
  return { byLabel, refs: unionPaths(a.refs, b.refs) };
}

/**
 * Where a label reached the sink: where the call found it, or, for a label a
 * caller handed in through a parameter, wherever that parameter sat.
 * (A label found both ways is placed where it was found: the callers' copy
 * of the same read is not told apart.) Undefined when unknown.
 */
export function pathsOfLabel(p: KeyPlacement | undefined, labelId: number): (readonly string[])[] | undefined {
  if (!p) return undefined;
  const found = p.byLabel.get(labelId);
  if (found) return [...found];
  return p.refs.length > 0 ? [...p.refs] : undefined;
}

/** Whether two flows' key paths are the same list (both unknown counts as the same). */
export function sameFlowPaths(a: readonly (readonly string[])[] | undefined, b: readonly (readonly string[])[] | undefined): boolean {
  return a === b || (!!a && !!b && a.length === b.length && a.every((p, i) => samePath(p, b[i])));
}

/** Paths of one flow met twice at a sink (two callers): known only when both are. */
export function joinFlowPaths(a: readonly (readonly string[])[] | undefined, b: readonly (readonly string[])[] | undefined): (readonly string[])[] | undefined {
  return a && b ? unionPaths(a, b) : undefined;
}
