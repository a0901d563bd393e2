// Reads the expectations of a corpus case (DESIGN.md "Corpus convention").
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const CORPUS_DIR = fileURLToPath(new URL("../../../corpus/", import.meta.url));

export interface Expectation {
  rule: string;
  file: string;
  line?: number;
  severity?: string;
}

export interface CaseExpectations {
  expected: Expectation[];
  todo: Expectation[];
}

const ANNOTATION = /(?:\/\/|\/\*|#)\s*(expect|todo-expect|ok):\s*([a-z0-9-]+(?:\s*\((?:critical|high|medium|low)\))?(?:\s*,\s*[a-z0-9-]+(?:\s*\((?:critical|high|medium|low)\))?)*)/g;
const CODE_EXT = /\.(c|m)?(j|t)sx?$/;
/** Client config files in a config case; JSONC, TOML and YAML can carry annotations in comments. */
const CONFIG_EXT = /\.(jsonc?|toml|ya?ml)$/;

/** The folders a config case may have: a fake machine for `mcp-warden audit` (DESIGN.md "Corpus convention"). */
export const CONFIG_CASE_ROOTS = ["home", "project", "appdata", "xdg"] as const;

/**
 * A config case is a fake machine, not a package: no package.json, and one of
 * home/, project/, appdata/, xdg/ (HOME, the project folder, APPDATA,
 * XDG_CONFIG_HOME) holding client configs. The runner audits it instead of scanning it.
 */
export function isConfigCase(caseName: string): boolean {
  const dir = path.join(CORPUS_DIR, caseName);
  return !existsSync(path.join(dir, "package.json")) && CONFIG_CASE_ROOTS.some((r) => existsSync(path.join(dir, r)));
}

export function corpusCases(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => statSync(path.join(CORPUS_DIR, name)).isDirectory())
    .sort();
}

function sourceFiles(dir: string, ext: RegExp, rel = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory() && entry.name !== "node_modules") out.push(...sourceFiles(dir, ext, r));
    else if (entry.isFile() && ext.test(entry.name) && r !== "expect.json") out.push(r);
  }
  return out;
}

/**
 * An annotation on a line with code applies to that line; an annotation on a
 * line of its own applies to the next line that is not itself only a comment.
 */
export function readExpectations(caseName: string): CaseExpectations {
  const dir = path.join(CORPUS_DIR, caseName);
  const result: CaseExpectations = { expected: [], todo: [] };
  const configCase = isConfigCase(caseName);
  for (const file of sourceFiles(dir, configCase ? CONFIG_EXT : CODE_EXT)) {
    const lines = readFileSync(path.join(dir, file), "utf8").split(/\r?\n/);
    // `#` starts a comment line in TOML and YAML; in JS it may start a private field.
    const commentOnly = /\.(toml|ya?ml)$/.test(file) ? /^\s*(#|$)/ : /^\s*(\/\/|\/\*|\*|$)/;
    lines.forEach((text, i) => {
      for (const m of text.matchAll(ANNOTATION)) {
        const kind = m[1];
        if (kind === "ok") continue;
        const before = text.slice(0, m.index).trim();
        let line = i + 1;
        if (before === "") {
          let j = i + 1;
          while (j < lines.length && commentOnly.test(lines[j])) j++;
          line = j + 1;
        }
        for (const part of m[2].split(",")) {
          const pm = /([a-z0-9-]+)(?:\s*\((\w+)\))?/.exec(part.trim());
          if (!pm) continue;
          const exp: Expectation = { rule: pm[1], file, line, ...(pm[2] ? { severity: pm[2] } : {}) };
          (kind === "expect" ? result.expected : result.todo).push(exp);
        }
      }
    });
  }
  const jsonPath = path.join(dir, "expect.json");
  if (existsSync(jsonPath)) {
    const extra = JSON.parse(readFileSync(jsonPath, "utf8")) as Expectation[];
    result.expected.push(...extra);
  }
  return result;
}
