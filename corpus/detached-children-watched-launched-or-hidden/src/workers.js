// Background children of the device lab: some the server watches, one it leaves alone.
import { spawn } from "node:child_process";

// A recorder the server keeps and reads: its stderr is the log `recorder_log` returns.
export class Recorder {
  constructor() {
    this.lines = [];
  }
  start(device) {
    this.proc = spawn("screenrecord-daemon", ["--device", device], { detached: true, stdio: ["ignore", "ignore", "pipe"] });
    this.proc.stderr.setEncoding("utf8");
    this.proc.stderr.on("data", (text) => this.lines.push(text));
    this.proc.unref();
  }
}

// The worker is handed back to the caller, which keeps it in its table and can stop it.
export function startWorker(job) {
  const worker = spawn("lab-worker", ["--", job], { detached: true, stdio: "ignore" }); // expect: silent-process (low)
  worker.unref();
  return worker;
}

// Its output is piped but nobody reads it, and nothing keeps it: still silent.
export function startUploader(dir) {
  const uploader = spawn("lab-upload", ["--watch", dir], { detached: true }); // expect: silent-process (medium)
  uploader.unref();
}
