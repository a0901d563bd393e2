// The same session layer as every tool's, with one writer that also saves exports.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import os from "node:os";

const TOKEN_FILE = join(os.homedir(), ".ledger-export", "session.json");

export async function saveJson(file, value) {
  await writeFile(file, JSON.stringify(value, null, 2)); // expect: path-traversal
}

export async function session() {
  try {
    const cached = JSON.parse(await readFile(TOKEN_FILE, "utf8"));
    if (cached.expires > Date.now()) return cached;
  } catch {}
  const res = await fetch("https://api.ledger.example/oauth/token", { method: "POST", body: process.env.LEDGER_CLIENT_SECRET });
  const token = await res.json();
  await saveJson(TOKEN_FILE, token);
  return token;
}
