// Where a bundle's code came from. esbuild and Bun (unminified) open each
// module they inline with a line comment naming its original path,
// `// node_modules/<dependency>/<file>.js` or `// src/server.ts`; webpack's
// development output keys each module by its path, `/***/ "./node_modules/<dependency>/<file>.js":`.
// The code from one such mark to the next is that file's. A dependency's file
// is what npm installs under `node_modules/`: the package's own code calls into
// it, and it is not the package's own code. An unbundled package does not ship
// its dependencies at all; a bundled one ships them inline.

/** A span of a bundle's text that an inlined dependency's file occupies: [start, end) offsets. */
export interface DependencySpan {
  start: number;
  end: number;
  /** The original path the bundler wrote (`node_modules/x/index.js`). */
  path: string;
}

/** A file path as a bundler writes it: `node_modules/x/y.js`, `./src/a.ts`, `../node_modules/z/index.mjs`. */
const PATH = String.raw`(?:\.{0,2}\/)?[\w@.$~+-][\w@.$~+/-]*\.(?:[cm]?[jt]sx?|json)`;
/** A whole line that marks where an inlined file starts: esbuild's and Bun's `// <path>`, webpack's `/***\/ "<path>":`. */
const PATH_MARK = new RegExp(String.raw`^[ \t]*(?:\/\/ (${PATH})|\/\*{3}\/ ["'](${PATH})["']:)[ \t]*$`, "gm");

/** Fewer path comments than this and the file is not read as a bundle (a stray comment naming a file is not a module boundary). */
const MIN_PATH_COMMENTS = 3;

/** Whether a bundler's path names a file under an installed dependency. */
function isDependencyPath(path: string): boolean {
  return /(^|\/)node_modules\//.test(path);
}

/**
 * The spans of `text` that inlined dependency files occupy, in order; empty
 * when the file names no modules (not a bundle, or a minified one). One pass
 * over the text.
 */
export function dependencySpans(text: string): DependencySpan[] {
  // Cheap test first: most files have no path comment at all.
  if (!text.includes("node_modules/")) return [];
  const marks: { at: number; path: string }[] = [];
  PATH_MARK.lastIndex = 0;
  for (let m = PATH_MARK.exec(text); m; m = PATH_MARK.exec(text)) marks.push({ at: m.index, path: m[1] ?? m[2] });
  if (marks.length < MIN_PATH_COMMENTS) return [];
  const spans: DependencySpan[] = [];
  for (let i = 0; i < marks.length; i++) {
    if (!isDependencyPath(marks[i].path)) continue;
    const end = i + 1 < marks.length ? marks[i + 1].at : text.length;
    const last = spans[spans.length - 1];
    // Adjacent dependency files make one span.
    if (last && last.end === marks[i].at) last.end = end;
    else spans.push({ start: marks[i].at, end, path: marks[i].path });
  }
  return spans;
}

/** Whether `offset` falls in one of `spans` (sorted, disjoint). */
export function inSpans(spans: readonly DependencySpan[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (offset < spans[mid].start) hi = mid - 1;
    else if (offset >= spans[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}
