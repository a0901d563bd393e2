// Published advisories for a package's declared dependencies, from the
// registry's bulk advisory endpoint (the one `npm audit` uses). A declared
// range "admits" a vulnerable version when some version it allows is in the
// advisory's vulnerable range: with the packument's version list when we can
// get it, else by intersecting the two ranges.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { defaultCacheDir } from "../../analyzer/acquire/index.js";
import { semver, validRange } from "../../analyzer/lazy-libraries.js";
import { authTokenKey, TOKEN_VARIABLES } from "../../analyzer/acquire/npm.js";

export interface NetworkOptions {
  registry?: string;
  offline?: boolean;
  noAdvisories?: boolean;
  cacheDir?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Advisory {
  id: number | string;
  title: string;
  url?: string;
  severity: string;
  vulnerable_versions: string;
  cwe?: string[];
}

export interface DeclaredDependency {
  name: string;
  /** The range as declared (after an `npm:` alias, the aliased package's range). */
  range: string;
  section: string;
  /** The key in package.json (differs from `name` for aliases). */
  key: string;
}

export interface AdvisoryMatch {
  advisory: Advisory;
  /** Versions the range admits that the advisory covers (newest first, a few), or empty when judged by ranges alone. */
  admitted: string[];
}

export interface AdvisoryReport {
  status: "checked" | "skipped-offline" | "skipped" | "failed" | "nothing-to-check";
  /** Why it was skipped or failed, for the diagnostic. */
  message?: string;
  matches: Map<string, AdvisoryMatch[]>;
}

const BULK_PATH = "/-/npm/v1/security/advisories/bulk";
/** Advisories change daily, not by the minute: a scan repeated within this window reuses the answer. */
const CACHE_TTL_MS = 12 * 60 * 60 * 1000;
const MAX_VERSIONS_PER_PACKAGE = 500;

/** Dependencies a consumer installs, with registry ranges (URL, git and file specs are not in the registry). */
export function registryDependencies(facts: { dependencies: Record<string, string>; optionalDependencies: Record<string, string>; peerDependencies: Record<string, string> }): DeclaredDependency[] {
  const out: DeclaredDependency[] = [];
  const sections: [string, Record<string, string>][] = [
    ["dependencies", facts.dependencies],
    ["optionalDependencies", facts.optionalDependencies],
    ["peerDependencies", facts.peerDependencies],
  ];
  for (const [section, deps] of sections) {
    for (const [key, spec] of Object.entries(deps)) {
      const alias = /^npm:((?:@[^/@]+\/)?[^@]+)(?:@(.*))?$/.exec(spec);
      const name = alias ? alias[1] : key;
      const range = alias ? (alias[2] ?? "*") : spec;
      if (validRange(range) === null) continue;
      if (out.some((d) => d.name === name && d.range === range)) continue;
      out.push({ name, range, section, key });
    }
  }
  return out;
}

type Fetch = typeof import("npm-registry-fetch");

function fetchOptions(options: NetworkOptions, cacheDir: string): Record<string, unknown> {
  const env = options.env ?? process.env;
  const opts: Record<string, unknown> = {
    cache: path.join(cacheDir, "_cacache"),
    retry: { retries: 1, factor: 2, minTimeout: 250, maxTimeout: 1000 },
    timeout: 20_000,
  };
  if (options.registry) opts.registry = options.registry;
  const token = TOKEN_VARIABLES.map((v) => env[v]).find((v) => v !== undefined && v !== "");
  if (token && options.registry) opts[authTokenKey(options.registry)] = token;
  return opts;
}

/** The published versions of a package, or undefined when the packument cannot be had. */
async function versionsOf(npf: Fetch, name: string, opts: Record<string, unknown>): Promise<string[] | undefined> {
  try {
    const doc = await npf.json(`/${name.replace("/", "%2f")}`, { ...opts, headers: { accept: "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8" } } as never);
    const versions = doc.versions;
    return versions && typeof versions === "object" ? Object.keys(versions) : undefined;
  } catch {
    return undefined;
  }
}

async function cachedBulk(npf: Fetch, body: Record<string, string[]>, opts: Record<string, unknown>, cacheDir: string, registry: string): Promise<Record<string, Advisory[]>> {
  const key = createHash("sha256").update(`${registry}\0${JSON.stringify(body)}`).digest("hex");
  const file = path.join(cacheDir, "advisories", `${key}.json`);
  try {
    const cached = JSON.parse(await readFile(file, "utf8")) as { at: number; result: Record<string, Advisory[]> };
    if (Date.now() - cached.at < CACHE_TTL_MS) return cached.result;
  } catch {
    // not cached yet
  }
  const result = (await npf.json(BULK_PATH, { ...opts, method: "POST", body, gzip: false } as never)) as unknown as Record<string, Advisory[]>;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ at: Date.now(), result }));
  return result;
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  });
  await Promise.all(workers);
  return out;
}

/** The one sentence every way of not checking ends with (offline, --no-advisories, a failed lookup). */
const NOT_CHECKED = "declared dependencies were not checked against published advisories";

/** Checks the dependencies against the registry's advisories. Never throws: failures become the report's status. */
export async function checkAdvisories(deps: DeclaredDependency[], options: NetworkOptions): Promise<AdvisoryReport> {
  const matches = new Map<string, AdvisoryMatch[]>();
  if (deps.length === 0) return { status: "nothing-to-check", matches };
  // Unset means "as npm is configured": npm's own offline setting (npm_config_offline) applies, as for npm itself.
  const offline = options.offline ?? (options.env ?? process.env).npm_config_offline === "true";
  if (options.noAdvisories) return { status: "skipped", message: `--no-advisories: ${NOT_CHECKED}`, matches };
  if (offline) return { status: "skipped-offline", message: `offline: ${NOT_CHECKED}`, matches };
  const cacheDir = options.cacheDir ?? defaultCacheDir(options.env ?? process.env);
  try {
    const npf = (await import("npm-registry-fetch")).default as Fetch;
    const opts = fetchOptions(options, cacheDir);
    const registry = options.registry ?? "default";
    const versionLists = await mapLimit(deps, 8, (d) => versionsOf(npf, d.name, opts));
    const admitted = new Map<DeclaredDependency, string[] | undefined>();
    const body: Record<string, string[]> = {};
    deps.forEach((d, i) => {
      const list = versionLists[i]?.filter((v) => semver().satisfies(v, d.range, { includePrerelease: false }));
      admitted.set(d, list);
      const ask = list && list.length > 0 ? semver().rsort([...list]).slice(0, MAX_VERSIONS_PER_PACKAGE) : [semver().minVersion(d.range)?.version ?? "0.0.0"];
      // A dependency may be named like an Object member (`constructor`): only the table's own entries count.
      body[d.name] = [...new Set([...(Object.hasOwn(body, d.name) ? body[d.name] : []), ...ask])];
    });
    const result = await cachedBulk(npf, body, opts, cacheDir, registry);
    for (const d of deps) {
      const found: AdvisoryMatch[] = [];
      for (const advisory of (Object.hasOwn(result, d.name) ? result[d.name] : undefined) ?? []) {
        if (typeof advisory?.vulnerable_versions !== "string") continue;
        const list = admitted.get(d);
        if (list && list.length > 0) {
          const hit = semver().rsort(list.filter((v) => semver().satisfies(v, advisory.vulnerable_versions))).slice(0, 3);
          if (hit.length > 0) found.push({ advisory, admitted: hit });
        } else if (semver().validRange(advisory.vulnerable_versions) !== null && semver().intersects(d.range, advisory.vulnerable_versions)) {
          found.push({ advisory, admitted: [] });
        }
      }
      if (found.length > 0) matches.set(`${d.section}\0${d.key}`, found);
    }
    return { status: "checked", matches };
  } catch (err) {
    const e = err as { code?: string; statusCode?: number; message?: string };
    return { status: "failed", message: `the registry's advisory lookup failed (${e.statusCode ?? e.code ?? String(e.message ?? err).split("\n")[0].slice(0, 200)}): ${NOT_CHECKED}`, matches };
  }
}
