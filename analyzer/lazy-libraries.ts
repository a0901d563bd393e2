// Libraries only some scans need, loaded on first use. A batch starts one
// process per package, so a library loaded at start-up is paid by every scan:
// semver is some 45 CommonJS files, and only an online advisory check or
// `--since` compares versions (an offline scan asks only whether a declared
// range is one, which a handful of its files answer); source-map-js serves only
// packages that ship a source map with their sources.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

type Semver = typeof import("semver");
type SourceMapLibrary = typeof import("source-map-js");

let semverLibrary: Semver | undefined;
let validRangeFunction: ((range: string) => string | null) | undefined;
let sourceMapLibrary: SourceMapLibrary | undefined;

export function semver(): Semver {
  return (semverLibrary ??= require("semver") as Semver);
}

/** semver's `validRange`, without loading the rest of semver. */
export function validRange(range: string): string | null {
  validRangeFunction ??= require("semver/ranges/valid.js") as (range: string) => string | null;
  return validRangeFunction(range);
}

export function sourceMapLib(): SourceMapLibrary {
  return (sourceMapLibrary ??= require("source-map-js") as SourceMapLibrary);
}
