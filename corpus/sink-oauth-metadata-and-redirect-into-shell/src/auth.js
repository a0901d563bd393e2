// OAuth sign-in: discover the authorization server, open its page in the browser.
import { exec, spawn } from "node:child_process";

const WIKI = process.env.WIKI_URL ?? "https://wiki.example.com";

export async function discover() {
  const res = await fetch(new URL("/.well-known/oauth-authorization-server", WIKI));
  return res.json();
}

export async function openSignIn(clientId, state) {
  const metadata = await discover();
  const url = `${metadata.authorization_endpoint}?response_type=code&client_id=${encodeURIComponent(clientId)}&state=${state}`;
  const opener = process.platform === "darwin" ? "open" : process.platform === "win32" ? "start" : "xdg-open";
  exec(`${opener} "${url}"`); // expect: command-injection (medium)
}

export async function followShortLink(link) {
  const res = await fetch(`${WIKI}${link}`, { redirect: "manual" });
  const target = res.headers.get("location");
  // expect: command-injection (medium)
  spawn("xdg-open", [target], { shell: true, stdio: "ignore" });
}
