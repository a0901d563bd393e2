// Read one client config into servers and permission settings. Read-only:
// nothing here ever writes a config back.
import { readFile } from "node:fs/promises";
import { classifyLaunch, type Launch } from "./launch.js";
import type { ConfigLocation } from "./locations.js";

export interface ConfiguredServer {
  name: string;
  launch: Launch;
  env: Record<string, string>;
  headers: Record<string, string>;
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
  status: "parsed" | "error" | "not-parsed";
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

/** VS Code and Zed settings are JSON with comments and trailing commas. */
export function stripJsonComments(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const skipped = text.slice(i, end < 0 ? text.length : end + 2);
      out += skipped.replace(/[^\n]/g, " ");
      i = end < 0 ? text.length : end + 1;
    } else out += c;
  }
  return out.replace(/,(\s*[}\]])/g, "$1");
}

function lineOf(text: string, name: string): number {
  const i = text.indexOf(JSON.stringify(name));
  return i < 0 ? 1 : text.slice(0, i).split("\n").length;
}

function serverOf(name: string, entry: JsonObject, text: string): ConfiguredServer {
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
    headers: stringMap(entry.headers),
    autoApprove,
    line: lineOf(text, name),
  };
}

function serversIn(map: Json | undefined, text: string): ConfiguredServer[] {
  if (!isObject(map)) return [];
  return Object.entries(map).filter((e): e is [string, JsonObject] => isObject(e[1])).map(([name, entry]) => serverOf(name, entry, text));
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
  if (location.format !== "json") {
    return { ...base, status: "not-parsed", note: `${location.format.toUpperCase()} configs are listed but not parsed yet: check its servers by hand` };
  }
  let root: Json;
  try {
    root = JSON.parse(stripJsonComments(text)) as Json;
  } catch (err) {
    return { ...base, status: "error", note: `not valid JSON: ${(err as Error).message}` };
  }
  if (!isObject(root)) return { ...base, status: "error", note: "not a JSON object" };
  const servers = [...serversIn(root.mcpServers, text), ...serversIn(root.servers, text), ...serversIn(root.context_servers, text)];
  // ~/.claude.json keeps per-project servers under projects.<path>.mcpServers.
  if (isObject(root.projects)) {
    for (const [project, cfg] of Object.entries(root.projects)) {
      if (isObject(cfg)) for (const s of serversIn(cfg.mcpServers, text)) servers.push({ ...s, name: `${s.name} (${project})` });
    }
  }
  const inputs = Array.isArray(root.inputs) ? root.inputs.filter(isObject).map((i) => (typeof i.id === "string" ? i.id : "")).filter(Boolean) : [];
  return { ...base, servers, permissions: permissionsOf(root), inputs };
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
