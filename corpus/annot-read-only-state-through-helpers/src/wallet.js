// The wallet is created in the server's folder on first use.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { configFile } from "./home.js";
import { safeWriteFile } from "./fs-safe.js";
import { log } from "./log.js";

const WALLET_FILE = configFile("wallet.json");

export async function wallet() {
  if (fs.existsSync(WALLET_FILE)) return JSON.parse(fs.readFileSync(WALLET_FILE, "utf8"));
  const created = { key: randomBytes(32).toString("hex"), createdAt: new Date().toISOString() };
  await safeWriteFile("wallet", WALLET_FILE, JSON.stringify(created), { mode: 0o600 });
  log.info("created wallet");
  return created;
}
