import { spawn, execFile } from "node:child_process";

/** Runs a program with the argument vector the caller built. */
export function runTool(program, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
  });
}

/** Runs an AppleScript line. */
export function appleScript(script) {
  return new Promise((resolve, reject) => {
    execFile("osascript", ["-e", script], (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

/** Runs a probe binary; `-c` hands the next argument to the probe as code, so it is no plain value. */
export function runProbe(program, args) {
  return new Promise((resolve, reject) => {
    execFile(program, args, (err, stdout) => (err ? reject(err) : resolve(stdout))); // expect: command-injection (medium)
  });
}
