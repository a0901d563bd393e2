// Device-code sign-in against the tracker's own service, then the browser.
import { exec } from "node:child_process";

const SERVICE_HOST = "id.tracker.example";
const DEVICE_PATH = "/oauth/device/code";

async function requestCode(host, clientId) {
  const endpoint = `https://${host}${DEVICE_PATH}`;
  const res = await fetch(endpoint, { method: "POST", body: new URLSearchParams({ client_id: clientId }) });
  if (!res.ok) throw new Error(`device code request failed: ${res.status}`);
  return res.json();
}

function openInBrowser(page) {
  if (process.platform === "darwin") exec(`open ${JSON.stringify(page)}`); // expect: command-injection (low)
  else exec(`xdg-open ${JSON.stringify(page)}`); // expect: command-injection (low)
}

export async function signIn(clientId) {
  const code = await requestCode(SERVICE_HOST, clientId);
  process.stderr.write(`Enter ${code.user_code} at ${code.verification_uri}\n`);
  openInBrowser(code.verification_uri_complete);
  return code;
}

// Twins that stay at medium: the device endpoint read from discovery metadata (the first answer picks who gives
// the second), and a plain-http service.

export async function signInDiscovered(clientId) {
  const meta = await (await fetch("https://id.tracker.example/.well-known/openid-configuration")).json();
  const answer = await fetch(meta.device_authorization_endpoint, { method: "POST", body: new URLSearchParams({ client_id: clientId }) });
  const code = await answer.json();
  exec(`xdg-open "${code.verification_uri_complete}"`); // expect: command-injection (medium)
}

export async function signInLegacy(clientId) {
  const legacy = await fetch("http://legacy-id.tracker.example/device", { method: "POST", body: new URLSearchParams({ client_id: clientId }) });
  const code = await legacy.json();
  exec(`xdg-open "${code.verification_uri}"`); // expect: command-injection (medium)
}
