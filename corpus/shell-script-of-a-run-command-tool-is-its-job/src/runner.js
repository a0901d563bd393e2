import { spawn } from "node:child_process";

/** Collects what the child prints; resolves with its exit code. */
function collect(child) {
  return new Promise((resolve) => {
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => resolve({ code, out }));
  });
}

export function runInShell(request) {
  // The tool says it runs the command it is given, and the command is the whole script: its job, a capability.
  const child = spawn("/bin/bash", ["-c", request.command], { cwd: request.cwd ?? process.cwd() }); // expect: command-injection (medium)
  return collect(child);
}

export function packFolder(folder) {
  // The tool says it packs a folder: the folder's name becomes part of a script the code wrote.
  const child = spawn("sh", ["-c", `tar czf /tmp/pack.tgz ${folder}`]); // expect: command-injection (critical)
  return collect(child);
}

export function runVetted(line) {
  // The tool promises only allow-listed commands and checks nothing: the promise is crossed.
  const child = spawn("sh", ["-c", line]); // expect: command-injection (critical)
  return collect(child);
}
