// Package-name similarity: edit distance with transpositions, and the
// normalizations typosquatters rely on (lookalike characters, separators).

/**
 * Damerau-Levenshtein distance (optimal string alignment: adjacent swaps count
 * one), or `limit + 1` as soon as the distance is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = new Array<number>(cols).fill(0);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1];
}

/** Characters that read alike in a package name (npm names are lower case). */
const LOOKALIKES: [RegExp, string][] = [
  [/rn/g, "m"],
  [/vv/g, "w"],
  [/0/g, "o"],
  [/[1i]/g, "l"],
  [/5/g, "s"],
  [/3/g, "e"],
  [/4/g, "a"],
  [/7/g, "t"],
  [/8/g, "b"],
];

/** A name with lookalike characters folded and separators (`-`, `_`, `.`) dropped. */
export function skeleton(name: string): string {
  let s = name.toLowerCase().replace(/[-_.]/g, "");
  for (const [re, to] of LOOKALIKES) s = s.replace(re, to);
  return s;
}

export interface PackageName {
  scope?: string;
  bare: string;
}

export function splitName(name: string): PackageName {
  const m = /^@([^/]+)\/(.+)$/.exec(name);
  return m ? { scope: m[1], bare: m[2] } : { bare: name };
}

/** How many edits a name of this length may be from a popular one and still be a lookalike. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 12) return 1;
  return 2;
}
