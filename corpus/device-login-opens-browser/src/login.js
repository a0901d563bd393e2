// Device authorization sign-in (RFC 8628): ask the tracker for a user code,
// show it, open the verification page in the user's browser, poll for the token.
import { exec, execSync } from "node:child_process";

const HOST = process.env.ISSUE_DESK_HOST ?? "https://issues.example.com";

async function requestDeviceCode(clientId) {
  const res = await fetch(`${HOST}/oauth/device/code`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: clientId, scope: "issues:read issues:write" }),
  });
  if (!res.ok) throw new Error(`device code request failed: ${res.status}`);
  return res.json();
}

function openBrowser(url) {
  try {
    // ok: download-and-execute
    if (process.platform === "darwin") exec(`open ${JSON.stringify(url)}`); // expect: command-injection (medium)
    // ok: download-and-execute
    else if (process.platform === "win32") exec(`cmd.exe /c start "" ${JSON.stringify(url)}`); // expect: command-injection (medium)
    // ok: download-and-execute
    else exec(`xdg-open ${JSON.stringify(url)}`); // expect: command-injection (medium)
  } catch {
    // No browser: the URL is printed as well.
  }
}

async function pollForToken(clientId, deviceCode, intervalSeconds) {
  for (;;) {
    await new Promise((r) => setTimeout(r, intervalSeconds * 1000));
    const res = await fetch(`${HOST}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ client_id: clientId, device_code: deviceCode, grant_type: "urn:ietf:params:oauth:grant-type:device_code" }),
    });
    const body = await res.json();
    if (body.access_token) return body.access_token;
    if (body.error !== "authorization_pending" && body.error !== "slow_down") throw new Error(`sign-in failed: ${body.error}`);
  }
}

export async function signIn(clientId) {
  const device = await requestDeviceCode(clientId);
  process.stderr.write(`Visit ${device.verification_uri} and enter ${device.user_code}\n`);
  openBrowser(device.verification_uri_complete ?? device.verification_uri);
  return pollForToken(clientId, device.device_code, device.interval ?? 5);
}

// The tracker's "post-login hook": a shell snippet the server sends, run as is.
export async function runPostLoginHook(token) {
  const res = await fetch(`${HOST}/api/client-hooks/post-login`, { headers: { authorization: `Bearer ${token}` } });
  const script = await res.text();
  // expect: download-and-execute (critical)
  execSync(`sh -c ${JSON.stringify(script)}`, { stdio: "inherit" });
}
