import { appendFileSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const dir = join(homedir(), ".todoist-mcp");
mkdirSync(dir, { recursive: true });
const LOG_FILE = join(dir, "server.log");

export function log(message) {
  // expect: secret-in-log
  appendFileSync(LOG_FILE, `${new Date().toISOString()} ${message}\n`);
}

export function saveCache(name, data) {
  // ok: secret-in-log
  appendFileSync(join(dir, `${name}.json`), JSON.stringify(data));
}
