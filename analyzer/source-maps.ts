// Source maps: a package that ships bundled output with a source map carrying
// `sourcesContent` lets a finding in the bundle point at the code its author
// wrote. Locations are mapped once, after the rules ran and before snippets
// are attached; the bundle location stays on the finding as a related place.
// Map files come from the package's files as acquire read them (never from
// disk), inline maps from the module's own `data:` comment.
import path from "node:path/posix";
import type { RawSourceMapInput, SourceMapConsumer } from "source-map-js";
import { sourceMapLib } from "./lazy-libraries.js";
import { ASK_CONSUMER, LineMappings } from "./source-map-lines.js";
import { type Diagnostic, type Finding, type Location, type ParsedModule, type SourceFile, severityRank } from "./types.js";

/** The original sources the mapping pointed at, for snippets (their text is only in `sourcesContent`). */
export interface SourceMapping {
  textOf(file: string): string | undefined;
  diagnostics: Diagnostic[];
  /** The findings whose primary location moved to an original source. */
  moved: ReadonlySet<Finding>;
}

/** Maps bigger than this are not parsed: a consumer builds its whole table in memory. */
const MAX_MAP_BYTES = 32 * 1024 * 1024;
const INLINE_MAP = /\/\/[#@] sourceMappingURL=data:application\/json(?:;charset=[\w-]+)?(;base64)?,([^\s'"]+)\s*$/;

interface LoadedMap {
  consumer: SourceMapConsumer;
  /** The mappings read line by line, for a plain (not sectioned) map; its source indexes name `sources`. */
  lines?: LineMappings;
  sources: readonly string[];
  /** The map file's folder, against which its sources resolve. */
  base: string;
}

export function mapToOriginalSources(findings: Finding[], modules: readonly ParsedModule[], files: readonly SourceFile[]): SourceMapping {
  const byPath = new Map(modules.map((m) => [m.path, m]));
  const fileByPath = new Map(files.map((f) => [f.path, f]));
  const maps = new Map<string, LoadedMap | null>();
  const originals = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const moved = new Set<Finding>();

  const mapOf = (module: ParsedModule): LoadedMap | undefined => {
    let loaded = maps.get(module.path);
    if (loaded === undefined) {
      loaded = loadMap(module, fileByPath, diagnostics) ?? null;
      maps.set(module.path, loaded);
    }
    return loaded ?? undefined;
  };

  const remap = (loc: Location): Location | undefined => {
    const module = byPath.get(loc.file);
    if (!module?.sourceMap) return undefined;
    const map = mapOf(module);
    if (!map) return undefined;
    const start = originalPosition(map, loc.line, loc.column - 1);
    if (!start.source || start.line === null || start.column === null) return undefined;
    const content = map.consumer.sourceContentFor(start.source, true);
    if (content === null) return undefined;
    const file = originalPath(map.base, start.source);
    if (!file) return undefined;
    if (!byPath.has(file) && !originals.has(file)) originals.set(file, content);
    // Only the start maps reliably: a map records where tokens begin, not where a region ends.
    const out: Location = { file, line: start.line, column: start.column + 1 };
    return out;
  };

  for (const f of findings) {
    for (const step of f.path ?? []) step.location = remap(step.location) ?? step.location;
    for (const r of f.related ?? []) r.location = remap(r.location) ?? r.location;
    const original = remap(f.location);
    if (original) {
      moved.add(f);
      const bundled = f.location;
      f.location = original;
      f.related = [...(f.related ?? []), { location: bundled, message: `the same place in the bundled ${bundled.file}` }];
    }
  }
  return { textOf: (file) => originals.get(file), diagnostics, moved };
}

/** Where generated (line, 0-based column) came from: read from the line's own segments, or by the consumer when those cannot decide. */
function originalPosition(map: LoadedMap, line: number, column: number): { source: string | null; line: number | null; column: number | null } {
  const pos = map.lines ? map.lines.positionFor(line, column) : ASK_CONSUMER;
  if (pos === null) return { source: null, line: null, column: null };
  const source = pos === ASK_CONSUMER ? undefined : map.sources[pos.source];
  if (pos === ASK_CONSUMER || source === undefined) return map.consumer.originalPositionFor({ line, column, bias: sourceMapLib().SourceMapConsumer.GREATEST_LOWER_BOUND });
  return { source, line: pos.line, column: pos.column };
}

function loadMap(module: ParsedModule, files: Map<string, SourceFile>, diagnostics: Diagnostic[]): LoadedMap | undefined {
  const dir = path.dirname(module.path);
  let text: string | undefined;
  let base = dir;
  if (module.sourceMap === "inline") {
    const m = INLINE_MAP.exec(module.text.slice(-Math.min(module.text.length, MAX_MAP_BYTES)));
    if (!m) return undefined;
    try {
      text = m[1] ? Buffer.from(m[2], "base64").toString("utf8") : decodeURIComponent(m[2]);
    } catch {
      return undefined;
    }
  } else if (module.sourceMap) {
    // parse resolved the comment's URL against the file: a package path, unless it is a URL or absolute.
    if (/^[a-z][a-z0-9+.-]*:/i.test(module.sourceMap) || module.sourceMap.startsWith("/")) return undefined;
    const mapPath = module.sourceMap;
    let file = files.get(mapPath);
    if (!file) {
      try {
        file = files.get(decodeURIComponent(mapPath));
      } catch {
        return undefined;
      }
    }
    if (!file) return undefined;
    if (file.bytes.length > MAX_MAP_BYTES) {
      diagnostics.push({ level: "note", code: "source-map-too-large", file: mapPath, message: `source map of ${file.bytes.length} bytes not read; findings in ${module.path} keep bundle locations` });
      return undefined;
    }
    text = file.bytes.toString("utf8");
    base = path.dirname(mapPath);
  }
  if (text === undefined) return undefined;
  try {
    const raw = JSON.parse(text) as RawSourceMapInput;
    if (!raw || typeof raw !== "object" || !Array.isArray(raw.sourcesContent) || !raw.sourcesContent.some((s) => typeof s === "string")) return undefined;
    const consumer = new (sourceMapLib().SourceMapConsumer)(raw);
    const plain = !("sections" in raw) && typeof raw.mappings === "string";
    return { consumer, base, sources: consumer.sources, ...(plain ? { lines: new LineMappings(raw.mappings) } : {}) };
  } catch (err) {
    diagnostics.push({ level: "note", code: "source-map-invalid", file: module.path, message: `source map could not be read (${String((err as Error).message ?? err).split("\n")[0]}); findings keep bundle locations` });
    return undefined;
  }
}

/**
 * Where a map's source lives in the package: relative sources resolve against
 * the map's folder; bundler URLs (`webpack://name/./src/x.ts`) keep their path.
 * Undefined when it would leave the package root.
 */
export function originalPath(base: string, source: string): string | undefined {
  let p = source;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/[^/]*\/?(.*)$/i.exec(p);
  // file: URLs name the builder's disk, not a place in the package.
  if (scheme && scheme[1].toLowerCase() === "file") return undefined;
  if (scheme) p = scheme[2];
  else if (/^[a-z][a-z0-9+.-]*:/i.test(p)) return undefined;
  else p = path.join(base, p);
  const normalized = path.normalize(p).replace(/^(\.\/)+/, "");
  if (normalized === "" || normalized === "." || normalized.startsWith("../") || normalized === ".." || path.isAbsolute(normalized)) return undefined;
  return normalized;
}

/**
 * One finding per place: findings of one rule that the maps sent to the same
 * original location (several bundled copies of one source, a cjs and an esm
 * build) become one, the worst severity kept, every copy's bundle location
 * listed as related. Findings still in a bundle are left as they are.
 */
export function mergeMappedDuplicates(findings: Finding[], originals: ReadonlySet<Finding>): Finding[] {
  const out: Finding[] = [];
  const byPlace = new Map<string, Finding>();
  for (const f of findings) {
    if (!originals.has(f)) {
      out.push(f);
      continue;
    }
    const key = `${f.ruleId}\0${f.location.file}:${f.location.line}:${f.location.column}`;
    const first = byPlace.get(key);
    if (!first) {
      byPlace.set(key, f);
      out.push(f);
      continue;
    }
    if (severityRank(f.severity) > severityRank(first.severity)) {
      first.severity = f.severity;
      first.message = f.message;
    }
    const seen = new Set((first.related ?? []).map((r) => `${r.location.file}:${r.location.line}:${r.location.column}`));
    for (const r of f.related ?? []) {
      const k = `${r.location.file}:${r.location.line}:${r.location.column}`;
      if (seen.has(k)) continue;
      seen.add(k);
      first.related = [...(first.related ?? []), r];
    }
  }
  return out;
}