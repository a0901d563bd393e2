import { parentPort } from "node:worker_threads";

parentPort.on("message", (job) => {
  if (job.kind !== "count") return;
  parentPort.postMessage(job.text.split(/\s+/).filter(Boolean).length);
});
