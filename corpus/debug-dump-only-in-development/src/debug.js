import fs from "node:fs";
import path from "node:path";

/** Dumps API responses next to the checkout while developing the server; a user's install never writes. */
export function writeDebugDump(name, value) {
  if (process.env.NODE_ENV === "development") {
    const dir = path.join(process.cwd(), "logs");
    if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(value, null, 2));
  }
}

/** Remembers the last tokens so the next session starts warm: runs everywhere. */
export function rememberTokens(value) {
  const file = path.join(process.env.HOME ?? ".", ".design-tokens-cache.json");
  fs.writeFileSync(file, JSON.stringify(value));
}
