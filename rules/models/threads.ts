// Threads: data handed to a worker and back, as channels (analyzer/taint/spec.ts,
// ChannelRow). `new Worker(file, { workerData })` and `worker.postMessage(x)`
// reach the worker's `workerData` and `parentPort.on("message", ...)`; the
// worker's `parentPort.postMessage(y)` reaches the parent's `worker.on("message", ...)`.
import type { ChannelRow, LibraryModel } from "../../analyzer/taint/spec.js";

const WORKER_DATA = "worker-threads:worker-data";
const TO_WORKER = "worker-threads:to-worker";
const TO_PARENT = "worker-threads:to-parent";

const PACKAGE = "worker_threads";
const WORKER = "Member[Worker].Instance";

const channels: ChannelRow[] = [
  { package: PACKAGE, path: "Member[Worker]", channel: WORKER_DATA, role: "send", at: "Argument[1].Member[workerData]", note: "new Worker(file, { workerData })" },
  { package: PACKAGE, path: `${WORKER}.Member[postMessage]`, channel: TO_WORKER, role: "send", at: "Argument[0]", note: "worker.postMessage(value)" },
  { package: PACKAGE, path: "Member[workerData].AnyPath", channel: WORKER_DATA, role: "receive", at: "", note: "the worker's workerData and its fields" },
  { package: PACKAGE, path: "Member[parentPort].Member[on,once,addListener]", channel: TO_WORKER, role: "receive", at: "Argument[1].Parameter[0]", event: "message", note: "parentPort.on('message', value => ...)" },
  { package: PACKAGE, path: "Member[parentPort].Member[postMessage]", channel: TO_PARENT, role: "send", at: "Argument[0]", note: "the worker's parentPort.postMessage(value)" },
  { package: PACKAGE, path: `${WORKER}.Member[on,once,addListener]`, channel: TO_PARENT, role: "receive", at: "Argument[1].Parameter[0]", event: "message", note: "worker.on('message', value => ...)" },
];

export const threadsModel: LibraryModel = { channels };
