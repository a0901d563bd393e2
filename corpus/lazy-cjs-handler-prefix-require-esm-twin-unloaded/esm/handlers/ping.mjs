import { execSync } from "node:child_process";

export function run(host) {
  // ok: command-injection (an ES-module build no entry point loads)
  const out = execSync(`ping -c 3 ${host}`, { encoding: "utf8" });
  return { content: [{ type: "text", text: out }] };
}
