import { execFileSync, spawn } from "node:child_process";

export function runProgram(program, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ["ignore", "pipe", "pipe"] }); // expect: command-injection
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${program} exited with ${code}`))));
  });
}

export function runQuick(program, args) {
  // ok: command-injection
  return execFileSync(program, args, { encoding: "utf8", timeout: 5000 });
}
