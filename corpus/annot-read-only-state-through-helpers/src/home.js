// The server's own folder in the home directory, and the files it keeps there.
import fs from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const BASE_DIRECTORY = join(homedir(), ".paywall-fetch");
const LEGACY_DIRECTORY = join(homedir(), ".paywall-mcp");

// Files of the old folder move to the new one on first use (the names come from the listing).
function migrateFromLegacy() {
  if (!fs.existsSync(LEGACY_DIRECTORY)) return;
  for (const file of fs.readdirSync(LEGACY_DIRECTORY)) {
    const dest = join(BASE_DIRECTORY, file);
    if (!fs.existsSync(dest)) {
      fs.copyFileSync(join(LEGACY_DIRECTORY, file), dest);
      fs.chmodSync(dest, fs.statSync(join(LEGACY_DIRECTORY, file)).mode);
    }
  }
}

let ready = false;
export const configFile = (name) => {
  if (!ready) {
    fs.mkdirSync(BASE_DIRECTORY, { recursive: true });
    migrateFromLegacy();
    ready = true;
  }
  const filePath = join(BASE_DIRECTORY, name);
  return filePath;
};
