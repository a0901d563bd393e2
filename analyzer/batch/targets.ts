// What a batch scans: arguments that are specs, tarballs or folders, and list
// files that name more of them: one spec per line (`#` starts a comment), or
// JSON: an array of specs, or an object whose `servers` (like
// eval/popular-servers.json) or `targets` list `{ name, version, integrity }`.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { BatchTarget } from "./types.js";

/** A readable error about a list file: exit 2 from the command line. */
export class TargetListError extends Error {}

const ARCHIVE = /\.(tgz|tar\.gz|tar)$/i;

function isListFile(arg: string): boolean {
  return !ARCHIVE.test(arg) && existsSync(arg) && statSync(arg).isFile();
}

/** A spec read from a list: a relative path is read from the list's folder. */
function specFrom(text: string, listDir: string): string {
  return /^\.{1,2}[/\\]/.test(text) ? path.resolve(listDir, text) : text;
}

interface ListedPackage {
  name?: unknown;
  version?: unknown;
  spec?: unknown;
  integrity?: unknown;
}

function listedTarget(item: unknown, file: string, listDir: string): BatchTarget {
  if (typeof item === "string") return { spec: specFrom(item, listDir) };
  const p = (item ?? {}) as ListedPackage;
  const integrity = typeof p.integrity === "string" && p.integrity !== "" ? p.integrity : undefined;
  if (typeof p.spec === "string") return { spec: specFrom(p.spec, listDir), ...(integrity ? { integrity } : {}) };
  if (typeof p.name === "string" && p.name !== "") {
    const spec = typeof p.version === "string" && p.version !== "" ? `${p.name}@${p.version}` : p.name;
    return { spec, ...(integrity ? { integrity } : {}) };
  }
  throw new TargetListError(`${file}: an entry has neither "spec" nor "name": ${JSON.stringify(item).slice(0, 80)}`);
}

export function readTargetList(file: string): BatchTarget[] {
  const text = readFileSync(file, "utf8");
  const listDir = path.dirname(path.resolve(file));
  const trimmed = text.trimStart();
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new TargetListError(`${file}: not valid JSON (${(err as Error).message}); a list is JSON or one spec per line`);
    }
    const items = Array.isArray(json) ? json : ((json as { servers?: unknown; targets?: unknown }).servers ?? (json as { targets?: unknown }).targets);
    if (!Array.isArray(items)) throw new TargetListError(`${file}: a JSON list is an array, or an object with a "servers" or "targets" array`);
    return items.map((item) => listedTarget(item, file, listDir));
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line !== "")
    .map((line) => ({ spec: specFrom(line, listDir) }));
}

/** The targets of the command line, list files expanded, in order, each spec once. */
export function readTargets(args: readonly string[]): BatchTarget[] {
  const out: BatchTarget[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    for (const t of isListFile(arg) ? readTargetList(arg) : [{ spec: arg }]) {
      if (seen.has(t.spec)) continue;
      seen.add(t.spec);
      out.push(t);
    }
  }
  return out;
}
