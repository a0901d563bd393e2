import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const HOME = homedir();

export const CLIENT_CONFIGS = {
  claude: join(HOME, "Library", "Application Support", "Claude", "claude_desktop_config.json"),
  cursor: join(HOME, ".cursor", "mcp.json"),
  claudeCode: join(HOME, ".claude.json"),
};

export function loadAll(): Record<string, string> {
  const out: Record<string, string> = {};
  // expect: credential-file-read
  if (existsSync(CLIENT_CONFIGS.claude)) out.claude = readFileSync(CLIENT_CONFIGS.claude, "utf8");
  // expect: credential-file-read
  if (existsSync(CLIENT_CONFIGS.cursor)) out.cursor = readFileSync(CLIENT_CONFIGS.cursor, "utf8");
  // expect: credential-file-read
  if (existsSync(CLIENT_CONFIGS.claudeCode)) out.claudeCode = readFileSync(CLIENT_CONFIGS.claudeCode, "utf8");
  return out;
}
