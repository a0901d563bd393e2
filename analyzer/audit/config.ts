// Read one client config into servers and permission settings. Read-only:
// nothing here ever writes a config back.
import { readFile } from "node:fs/promises";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { stripJsonComments } from "../jsonc.js";
import { classifyLaunch, type Launch } from "./launch.js";
import type { ConfigLocation } from "./locations.js";

export interface ConfiguredServer {
  name: string;
  launch: Launch;
  env: Record<string, string>;
  headers: Record<string, string>;
  /** The launch command's arguments as written (a token passed as `--api-key x` or inside a connection string). */
  args: string[];
  /** Client-side switches that skip the per-call prompt (Gemini `trust`, `autoApprove`, `alwaysAllow`). */
  autoApprove: string[];
  /** Where the server's entry is, for the finding's location (1-based line). */
  line: number;
}

export interface PermissionSettings {
  allow: string[];
  ask: string[];
  deny: string[];
  defaultMode?: string;
  enableAllProjectMcpServers?: boolean;
}

export interface ConfigFile extends ConfigLocation {
  status: "parsed" | "error";
  /** Why the file could not be read or parsed, or why it was not. */
  note?: string;
  servers: ConfiguredServer[];
  permissions?: PermissionSettings;
  /** VS Code `inputs` ids: values the client prompts for, so never plaintext. */
  inputs: string[];
  text: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function strings(v: Json | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

function stringMap(v: Json | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObject(v)) for (const [k, x] of Object.entries(v)) if (typeof x === "string") out[k] = x;
  return out;
}

function lineAt(text: string, index: number): number {
  return index < 0 ? 1 : text.slice(0, index).split("\n").length;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The line of a server's entry: its key in JSON, its table header in TOML, its `name:` in YAML. */
function serverLine(format: ConfigLocation["format"], text: string, name: string): number {
  const n = escapeRegExp(name);
  const patterns =
    format === "toml"
      ? [new RegExp(`^\\s*\\[\\s*mcp_servers\\.(?:${n}|"${n}"|'${n}')\\s*\\]`, "m"), new RegExp(`^\\s*(?:${n}|"${n}"|'${n}')\\s*=`, "m")]
      : format === "yaml"
        ? [new RegExp(`^[\\s-]*name:\\s*["']?${n}["']?\\s*(?:#.*)?$`, "m"), new RegExp(`^\\s*["']?${n}["']?:`, "m")]
        : [];
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return lineAt(text, m.index + (m[0].length - m[0].trimStart().length));
  }
  return lineAt(text, text.indexOf(JSON.stringify(name)));
}

function serverOf(name: string, entry: JsonObject, text: string, format: ConfigLocation["format"]): ConfiguredServer {
  // Zed's older shape nests the command: { command: { path, args, env } }.
  const nested = isObject(entry.command) ? entry.command : undefined;
  const command = typeof entry.command === "string" ? entry.command : typeof nested?.path === "string" ? nested.path : undefined;
  const args = strings(nested ? nested.args : entry.args);
  const url = [entry.url, entry.serverUrl, entry.httpUrl].find((u): u is string => typeof u === "string");
  const autoApprove: string[] = [];
  if (entry.trust === true) autoApprove.push("trust: true");
  for (const key of ["autoApprove", "alwaysAllow"]) {
    const v = entry[key];
    if (v === true) autoApprove.push(`${key}: true`);
    else for (const tool of strings(v)) autoApprove.push(`${key}: ${tool}`);
  }
  return {
    name,
    launch: classifyLaunch(command, args, url),
    env: stringMap(nested ? nested.env : entry.env),
    headers: headersOf(entry),
    args,
    autoApprove,
    line: serverLine(format, text, name),
  };
}

/** `headers` (JSON clients), Codex's `http_headers`, and Codex's literal `bearer_token` (sent as Authorization). */
function headersOf(entry: JsonObject): Record<string, string> {
  const headers = { ...stringMap(entry.headers), ...stringMap(entry.http_headers) };
  if (typeof entry.bearer_token === "string") headers.Authorization = `Bearer ${entry.bearer_token}`;
  return headers;
}

/** A map of name → entry (most clients), or a list of entries with a `name` (Continue's YAML). */
function serversIn(map: Json | undefined, text: string, format: ConfigLocation["format"]): ConfiguredServer[] {
  const entries: [string, JsonObject][] = Array.isArray(map)
    ? map.filter(isObject).flatMap((e, i): [string, JsonObject][] => [[typeof e.name === "string" ? e.name : `server ${i + 1}`, e]])
    : isObject(map)
      ? Object.entries(map).filter((e): e is [string, JsonObject] => isObject(e[1]))
      : [];
  return entries.map(([name, entry]) => serverOf(name, entry, text, format));
}

/**
 * TOML and YAML parse into plain values; keep only what JSON could hold
 * (TOML dates and YAML oddities become strings) so the rest of the reader
 * sees one shape.
 */
function asJson(v: unknown, depth = 0): Json {
  if (v === null || typeof v === "boolean" || typeof v === "number" || typeof v === "string") return v;
  if (depth > 64) return null;
  if (Array.isArray(v)) return v.map((x) => asJson(x, depth + 1));
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") {
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = asJson(x, depth + 1);
    return out;
  }
  return v === undefined ? null : String(v);
}

function parseRoot(format: ConfigLocation["format"], text: string): Json {
  switch (format) {
    case "toml":
      return asJson(parseToml(text));
    case "yaml":
      // One document; aliases are resolved with a cap so a billion-laughs file stays small.
      return asJson(parseYaml(text, { maxAliasCount: 100 }));
    default:
      return JSON.parse(stripJsonComments(text)) as Json;
  }
}

function permissionsOf(root: JsonObject): PermissionSettings | undefined {
  const p = root.permissions;
  const enableAll = root.enableAllProjectMcpServers;
  if (!isObject(p) && enableAll === undefined) return undefined;
  return {
    allow: isObject(p) ? strings(p.allow) : [],
    ask: isObject(p) ? strings(p.ask) : [],
    deny: isObject(p) ? strings(p.deny) : [],
    defaultMode: isObject(p) && typeof p.defaultMode === "string" ? p.defaultMode : undefined,
    enableAllProjectMcpServers: typeof enableAll === "boolean" ? enableAll : undefined,
  };
}

export function parseConfig(location: ConfigLocation, text: string): ConfigFile {
  const base: ConfigFile = { ...location, status: "parsed", servers: [], inputs: [], text };
  const kind = location.format.toUpperCase();
  let root: Json;
  try {
    root = parseRoot(location.format, text);
  } catch (err) {
    return { ...base, status: "error", note: `not valid ${kind}: ${firstLine((err as Error).message)}` };
  }
  if (!isObject(root)) return { ...base, status: "error", note: `not a ${kind} ${location.format === "json" ? "object" : "table"}` };
  const format = location.format;
  // mcpServers: Claude, Cursor, Windsurf, Gemini, Continue (a list); servers: VS Code; context_servers: Zed; mcp_servers: Codex.
  const servers = [root.mcpServers, root.servers, root.context_servers, root.mcp_servers].flatMap((m) => serversIn(m, text, format));
  // ~/.claude.json keeps per-project servers under projects.<path>.mcpServers.
  if (isObject(root.projects)) {
    for (const [project, cfg] of Object.entries(root.projects)) {
      if (isObject(cfg)) for (const s of serversIn(cfg.mcpServers, text, format)) servers.push({ ...s, name: `${s.name} (${project})` });
    }
  }
  const inputs = Array.isArray(root.inputs) ? root.inputs.filter(isObject).map((i) => (typeof i.id === "string" ? i.id : "")).filter(Boolean) : [];
  return { ...base, servers, permissions: permissionsOf(root), inputs };
}

function firstLine(s: string): string {
  return s.split("\n")[0];
}

export async function readConfig(location: ConfigLocation): Promise<ConfigFile | undefined> {
  let text: string;
  try {
    text = await readFile(location.path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    return { ...location, status: "error", note: `cannot read: ${(err as Error).message}`, servers: [], inputs: [], text: "" };
  }
  return parseConfig(location, text);
}
