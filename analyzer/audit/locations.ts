// Where MCP clients keep their configs. Paths come from HOME, APPDATA and
// XDG_CONFIG_HOME (never os.homedir() alone) so tests can point them at fixtures.
// Every platform's location is tried on every platform: a file that is not
// there costs one stat, and a synced or copied config is still worth auditing.
import { join } from "node:path";

export type ConfigFormat = "json" | "toml" | "yaml";

export interface ConfigLocation {
  client: string;
  path: string;
  format: ConfigFormat;
}

export interface LocationEnv {
  home: string;
  appData?: string;
  xdgConfigHome?: string;
  /** The project folder whose .mcp.json / .cursor / .vscode are read. */
  cwd: string;
}

export function envFromProcess(cwd = process.cwd()): LocationEnv {
  return { home: process.env.HOME ?? process.env.USERPROFILE ?? "", appData: process.env.APPDATA, xdgConfigHome: process.env.XDG_CONFIG_HOME, cwd };
}

/**
 * Which client a config file named with `--config` belongs to, by the place
 * and name each client uses (the same ones configLocations looks at);
 * undefined when nothing matches.
 */
export function clientOfPath(path: string): string | undefined {
  const p = path.split("\\").join("/");
  const rows: [RegExp, string][] = [
    [/(^|\/)claude_desktop_config\.json$/, "Claude Desktop"],
    [/(^|\/)(\.mcp\.json|\.claude\.json|\.claude\/settings(\.local)?\.json)$/, "Claude Code"],
    [/(^|\/)\.cursor\/mcp\.json$/, "Cursor"],
    [/(^|\/)(\.vscode|Code\/User)\/mcp\.json$/, "VS Code"],
    [/(^|\/)windsurf\/mcp_config\.json$/, "Windsurf"],
    [/(^|\/)\.gemini\/settings\.json$/, "Gemini CLI"],
    [/(^|\/)zed\/settings\.json$/, "Zed"],
    [/(^|\/)\.codex\/config\.toml$/, "Codex"],
    [/(^|\/)\.continue\/config\.yaml$/, "Continue"],
  ];
  return rows.find(([re]) => re.test(p))?.[1];
}

export function configLocations(env: LocationEnv): ConfigLocation[] {
  const home = env.home;
  const xdg = env.xdgConfigHome ?? join(home, ".config");
  const macSupport = join(home, "Library", "Application Support");
  const appData = env.appData ?? join(home, "AppData", "Roaming");
  const out: ConfigLocation[] = [];
  const add = (client: string, path: string, format: ConfigFormat = "json"): void => {
    if (!out.some((l) => l.path === path)) out.push({ client, path, format });
  };
  for (const base of [macSupport, appData, xdg]) add("Claude Desktop", join(base, "Claude", "claude_desktop_config.json"));
  add("Claude Code", join(home, ".claude.json"));
  add("Claude Code", join(env.cwd, ".mcp.json"));
  add("Claude Code", join(home, ".claude", "settings.json"));
  add("Claude Code", join(env.cwd, ".claude", "settings.json"));
  add("Claude Code", join(env.cwd, ".claude", "settings.local.json"));
  add("Cursor", join(home, ".cursor", "mcp.json"));
  add("Cursor", join(env.cwd, ".cursor", "mcp.json"));
  for (const base of [macSupport, appData, xdg]) add("VS Code", join(base, "Code", "User", "mcp.json"));
  add("VS Code", join(env.cwd, ".vscode", "mcp.json"));
  add("Windsurf", join(home, ".codeium", "windsurf", "mcp_config.json"));
  add("Gemini CLI", join(home, ".gemini", "settings.json"));
  add("Gemini CLI", join(env.cwd, ".gemini", "settings.json"));
  add("Zed", join(xdg, "zed", "settings.json"));
  add("Zed", join(home, ".config", "zed", "settings.json"));
  add("Codex", join(home, ".codex", "config.toml"), "toml");
  add("Continue", join(home, ".continue", "config.yaml"), "yaml");
  return out;
}
