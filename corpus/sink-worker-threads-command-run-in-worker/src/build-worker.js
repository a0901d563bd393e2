import { execSync } from "node:child_process";
import { parentPort, workerData } from "node:worker_threads";

const output = execSync(`make ${workerData.target}`, { encoding: "utf8" }); // expect: command-injection (critical)
parentPort.postMessage(output);
