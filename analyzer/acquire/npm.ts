// npm specs: resolve the version and fetch its tarball with pacote, which
// checks the tarball against the registry's integrity string and caches both
// the packument and the tarball. We only ever ask pacote for the tarball's
// bytes (never pacote.extract, which can run scripts for git and folder specs):
// extraction is ours, in tarball.ts.
import os from "node:os";
import path from "node:path";
import { AcquireError } from "./errors.js";
import { readCachedTarball, storeCachedTarball } from "./npm-cache.js";

export interface RegistryOptions {
  /** Where pacote's cache lives (default: defaultCacheDir()). */
  cacheDir?: string;
  /** Registry base URL (default: pacote's). */
  registry?: string;
  /** Cache only: never touch the network. */
  offline?: boolean;
  /** Where to read the auth token and cache location from (default: process.env). */
  env?: NodeJS.ProcessEnv;
}

export interface FetchedTarball {
  bytes: Buffer;
  /** The integrity string pacote verified the bytes against. */
  integrity?: string;
  /** The tarball address the spec resolved to. */
  resolved?: string;
}

/** Environment variables that may hold a registry token, in order of preference. */
export const TOKEN_VARIABLES = ["NPM_TOKEN", "NODE_AUTH_TOKEN"] as const;

/** `$XDG_CACHE_HOME/mcp-warden`, `~/.cache/mcp-warden`, or `%LOCALAPPDATA%\mcp-warden\Cache` on Windows. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  if (platform === "win32" && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, "mcp-warden", "Cache");
  // The XDG spec says a relative value is invalid and must be ignored.
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, "mcp-warden");
  return path.join(home, ".cache", "mcp-warden");
}

const NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9._~-][a-z0-9._~-]*$/i;

/**
 * Splits a registry spec into name and version selector. Only registry specs
 * are accepted: git URLs, tarball URLs, `file:` and aliases would make pacote
 * fetch from somewhere else, and git and folder specs can run `prepare` scripts.
 */
export function parseRegistrySpec(spec: string): { name: string; selector?: string } {
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  const name = at < 0 ? spec : spec.slice(0, at);
  const selector = at < 0 ? undefined : spec.slice(at + 1).trim();
  const why = () =>
    new AcquireError(`"${spec}" is not a folder, a .tgz file or a registry spec (name, name@1.2.3, name@^1, @scope/name@latest); git, URL and file: specs are not fetched`);
  if (!NAME.test(name) || name.length > 214 || name.startsWith(".") || name.startsWith("_")) throw why();
  if (selector !== undefined && (selector === "" || /[/\\:]/.test(selector))) throw why();
  return { name, selector };
}

/** The npm config key that carries a token for one registry: `//host[:port]/path/:_authToken`. */
export function authTokenKey(registry: string): string {
  const url = new URL(registry);
  const pathname = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `//${url.host}${pathname}:_authToken`;
}

interface PacoteError extends Error {
  code?: string;
  statusCode?: number;
}

/** What went wrong, in words, naming the spec and what to do. Never contains the token. */
function describeFailure(spec: string, registry: string, cacheDir: string, offline: boolean, err: PacoteError): string {
  const code = err.code ?? "";
  const where = `the registry ${registry}`;
  if (code === "ENOTCACHED" || (offline && /only-if-cached/.test(err.message))) {
    return `${spec} is not in the cache (${cacheDir}) and --offline forbids the network; scan it once without --offline to cache it`;
  }
  if (code === "E404") return `${spec}: ${where} has no such package (404); check the name`;
  if (code === "ETARGET") return `${spec}: no version matches on ${where} (${firstLine(err.message)})`;
  if (code === "E401" || code === "E403") {
    return `${spec}: ${where} refused access (${err.statusCode ?? code}); for a private registry put a token in ${TOKEN_VARIABLES.join(" or ")}`;
  }
  if (code === "EINTEGRITY") return `${spec}: the downloaded tarball does not match its integrity string; refusing to scan it (${firstLine(err.message)})`;
  if (code === "EINVALIDTAGNAME" || code === "EINVALIDPACKAGENAME" || code === "EUNSUPPORTEDPROTOCOL") return `${spec} is not a valid registry spec: ${firstLine(err.message)}`;
  if (["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ECONNRESET", "ETIMEDOUT", "ESOCKETTIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "FETCH_ERROR"].includes(code) || err.name === "FetchError") {
    return `${spec}: could not reach ${where} (${code || firstLine(err.message)}); check the network or --registry, or use --offline for a cached package`;
  }
  return `${spec}: could not fetch from ${where}: ${firstLine(err.message)}`;
}

function firstLine(text: string): string {
  return text.split("\n")[0].slice(0, 300);
}

/** `1.2.3` or `1.2.3-beta.1`: names one published tarball forever, so the cache can answer without the registry. */
export function isExactVersion(selector: string | undefined): boolean {
  return selector !== undefined && /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(selector);
}

/** "" stands for pacote's default registry, whose address we only learn by loading pacote. */
function cacheRegistryKey(options: RegistryOptions): string {
  return options.registry?.replace(/\/+$/, "") ?? "";
}

/** Whether the spec's tarball is in our cache, so an `--offline` scan can read it. Never touches the network. */
export async function isCachedSpec(spec: string, options: RegistryOptions = {}): Promise<boolean> {
  const cacheDir = options.cacheDir ?? defaultCacheDir(options.env ?? process.env);
  return (await readCachedTarball(cacheDir, cacheRegistryKey(options), spec)) !== undefined;
}

/** Fetches a registry spec's tarball, verified and cached. Throws AcquireError naming the spec on any failure. */
export async function fetchRegistryTarball(spec: string, options: RegistryOptions = {}): Promise<FetchedTarball> {
  const { selector } = parseRegistrySpec(spec);
  const env = options.env ?? process.env;
  const cacheDir = options.cacheDir ?? defaultCacheDir(env);
  const registryKey = cacheRegistryKey(options);
  if (options.offline || isExactVersion(selector)) {
    const hit = await readCachedTarball(cacheDir, registryKey, spec);
    if (hit) return { bytes: hit.bytes, integrity: hit.integrity, resolved: hit.resolved };
  }
  // Loaded on demand: pacote pulls in a large module graph that folder and tarball scans never need.
  const pacote = (await import("pacote")).default;
  const registry = options.registry ?? defaultRegistry(pacote);
  const token = TOKEN_VARIABLES.map((v) => env[v]).find((v) => v !== undefined && v !== "");
  const opts: Record<string, unknown> = {
    cache: path.join(cacheDir, "_cacache"),
    offline: options.offline === true,
    // Only the registry fetcher: pacote refuses git, remote, file and folder specs outright.
    allowGit: "none",
    allowRemote: "none",
    allowFile: "none",
    allowDirectory: "none",
    // A couple of quick retries; npm's default waits tens of seconds before giving up on a dead host.
    retry: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1000 },
    timeout: 30_000,
    // Shared by the manifest and tarball calls below, so the packument is fetched once.
    packumentCache: new Map(),
    // The version a user would install: `latest` (or the range's highest), whatever its
    // `engines` say. Left to pacote, a Node 20 scanner would skip a latest that asks for
    // Node 22 and quietly scan an older release. null (not undefined) turns the check off.
    nodeVersion: null,
  };
  if (options.registry) opts.registry = options.registry;
  // Keyed by registry, so npm-registry-fetch sends it to that registry only, never to a tarball host elsewhere.
  if (token) opts[authTokenKey(registry)] = token;
  try {
    // Resolve first, then ask for that exact version with its integrity: pacote
    // then reads the tarball straight from the cache by digest when it is there,
    // instead of revalidating it with the registry (which a tarball never needs).
    const manifest = await pacote.manifest(spec, opts);
    const pinned = { ...opts, integrity: manifest._integrity, resolved: manifest._resolved };
    const exact = `${manifest.name}@${manifest.version}`;
    const bytes = await pacote.tarball(exact, pinned);
    const integrity = bytes.integrity ?? manifest._integrity;
    const resolved = bytes.resolved ?? manifest._resolved;
    if (integrity) await storeCachedTarball(cacheDir, registryKey, [spec, exact], { name: manifest.name, version: manifest.version, integrity, resolved, bytes });
    return { bytes, integrity, resolved };
  } catch (err) {
    const message = describeFailure(spec, registry, cacheDir, options.offline === true, err as PacoteError);
    throw new AcquireError(token ? message.split(token).join("***") : message);
  }
}

/** pacote's own default registry, so the token key and messages match the address it uses. */
function defaultRegistry(pacote: typeof import("pacote")): string {
  const { RegistryFetcher } = pacote as unknown as { RegistryFetcher: new (spec: string, opts: object) => { registry: string } };
  return new RegistryFetcher("x", {}).registry;
}
