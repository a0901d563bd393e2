// Reads package.json into PackageFacts. The manifest is hostile input: any
// field may be missing, of the wrong type, or absurdly large.
import type { Diagnostic, EntryPoints, PackageFacts } from "../types.js";

type Json = unknown;

function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function stringField(obj: Record<string, Json>, key: string): string | undefined {
  const v = obj[key];
  return typeof v === "string" ? v : undefined;
}

function stringMap(v: Json): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(v)) return out;
  for (const [k, val] of Object.entries(v)) if (typeof val === "string") out[k] = val;
  return out;
}

/** `repository` may be a string or `{ url }`; `author`/`bugs` may be strings or objects. */
function urlOf(v: Json): string | undefined {
  if (typeof v === "string") return v;
  if (isRecord(v)) return stringField(v, "url");
  return undefined;
}

/** Every relative file path mentioned anywhere under `exports`, in document order. */
function exportTargets(v: Json, out: string[] = [], depth = 0): string[] {
  if (depth > 8) return out;
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) for (const x of v) exportTargets(x, out, depth + 1);
  else if (isRecord(v)) for (const x of Object.values(v)) exportTargets(x, out, depth + 1);
  return out;
}

function entryPoints(pkg: Record<string, Json>): EntryPoints {
  const bin: Record<string, string> = {};
  const rawBin = pkg.bin;
  const name = stringField(pkg, "name");
  if (typeof rawBin === "string") bin[name?.replace(/^@[^/]+\//, "") ?? "bin"] = rawBin;
  else Object.assign(bin, stringMap(rawBin));
  return {
    main: stringField(pkg, "main"),
    module: stringField(pkg, "module"),
    exports: exportTargets(pkg.exports),
    bin,
  };
}

export function emptyFacts(): PackageFacts {
  return {
    entryPoints: { exports: [], bin: {} },
    scripts: {},
    dependencies: {},
    devDependencies: {},
    optionalDependencies: {},
    peerDependencies: {},
    filesSeen: 0,
    filesSkipped: 0,
  };
}

/** Facts from a package.json text; a manifest that is not JSON yields a diagnostic, not a throw. */
export function readManifest(text: string | undefined, diagnostics: Diagnostic[]): PackageFacts {
  const facts = emptyFacts();
  if (text === undefined) return facts;
  let pkg: Json;
  try {
    pkg = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    facts.manifestInvalid = true;
    diagnostics.push({
      level: "warning",
      code: "invalid-package-json",
      file: "package.json",
      message: `package.json is not valid JSON (${(err as Error).message}); package facts and lifecycle scripts could not be read, the code is still scanned`,
    });
    return facts;
  }
  if (!isRecord(pkg)) {
    facts.manifestInvalid = true;
    diagnostics.push({ level: "warning", code: "invalid-package-json", file: "package.json", message: "package.json is not a JSON object; package facts could not be read" });
    return facts;
  }
  facts.name = stringField(pkg, "name");
  facts.version = stringField(pkg, "version");
  facts.description = stringField(pkg, "description");
  facts.entryPoints = entryPoints(pkg);
  facts.scripts = stringMap(pkg.scripts);
  facts.dependencies = stringMap(pkg.dependencies);
  facts.devDependencies = stringMap(pkg.devDependencies);
  facts.optionalDependencies = stringMap(pkg.optionalDependencies);
  facts.peerDependencies = stringMap(pkg.peerDependencies);
  facts.homepage = stringField(pkg, "homepage");
  facts.repositoryUrl = urlOf(pkg.repository);
  facts.bugsUrl = urlOf(pkg.bugs);
  facts.authorUrl = isRecord(pkg.author) ? stringField(pkg.author, "url") : undefined;
  return facts;
}
