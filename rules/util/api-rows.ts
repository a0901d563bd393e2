// `apiMatches` against a fixed list of rows, remembered per (list, API key).
// Rules ask it for every call of the program (is this a process? a write? a
// fetch?), and a program calls the same few dozen APIs over and over: on a
// 5 MB bundle the repeated tests cost more than everything else those rules do.
import { apiMatches, type AccessPath } from "../../analyzer/taint/spec.js";
import { boundedMemo } from "../../analyzer/memo.js";

interface ApiRow {
  package: string;
  path: AccessPath;
}

/** Answers per row list; the lists are module constants, so this lives as long as they do. */
const answers = new WeakMap<readonly ApiRow[], (api: string) => number>();

/** The index of the first row `api` matches (as `rows.findIndex`), -1 when none. */
function firstMatchIndex(rows: readonly ApiRow[], api: string): number {
  let indexOf = answers.get(rows);
  if (!indexOf) {
    indexOf = boundedMemo((a: string) => rows.findIndex((r) => apiMatches(a, r)), 50_000);
    answers.set(rows, indexOf);
  }
  return indexOf(api);
}

/** The first row `api` matches (as `rows.find((r) => apiMatches(api, r))`). Pass the same array every time. */
export function firstMatchingRow<R extends ApiRow>(rows: readonly R[], api: string): R | undefined {
  const i = firstMatchIndex(rows, api);
  return i < 0 ? undefined : rows[i];
}

/** Whether `api` matches any row (as `rows.some((r) => apiMatches(api, r))`). Pass the same array every time. */
export function matchesAnyRow(rows: readonly ApiRow[], api: string): boolean {
  return firstMatchIndex(rows, api) >= 0;
}
