import { spawn } from "node:child_process";
import path from "node:path";

function spoolCli() {
  return path.join(process.env.SPOOL_TOOLS_HOME ?? "/opt/spool", "bin", process.platform === "win32" ? "spoolcli.cmd" : "spoolcli");
}

export function runSpool(subcommand, operands) {
  const argv = [...subcommand.trim().split(/\s+/), ...operands];
  return new Promise((resolve, reject) => {
    // expect: command-injection
    const child = spawn(spoolCli(), argv, { shell: process.platform === "win32" });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`spoolcli exited ${code}`))));
  });
}
