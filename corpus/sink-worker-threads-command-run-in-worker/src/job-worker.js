import { exec } from "node:child_process";
import { parentPort } from "node:worker_threads";

parentPort.on("message", (job) => {
  if (job.kind !== "step") return;
  exec(job.step, (err, stdout) => parentPort.postMessage(err ? err.message : stdout)); // expect: command-injection (critical)
});
