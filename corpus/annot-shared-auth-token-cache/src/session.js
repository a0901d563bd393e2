// Every tool asks for a session first: a token refreshed when it expires,
// kept in a cache file the server alone owns, dropped when the API refuses it.
import { readFile, writeFile, unlink } from "node:fs/promises";
import { join } from "node:path";
import os from "node:os";

const TOKEN_FILE = join(os.homedir(), ".ledger-reader", "session.json");

async function storeToken(token) {
  await writeFile(TOKEN_FILE, JSON.stringify(token));
}

export async function session() {
  try {
    const cached = JSON.parse(await readFile(TOKEN_FILE, "utf8"));
    if (cached.expires > Date.now()) return cached;
  } catch {}
  const res = await fetch("https://api.ledger.example/oauth/token", { method: "POST", body: process.env.LEDGER_CLIENT_SECRET });
  if (res.status === 401) {
    await unlink(TOKEN_FILE);
    throw new Error("the client secret was refused");
  }
  const token = await res.json();
  await storeToken(token);
  return token;
}
