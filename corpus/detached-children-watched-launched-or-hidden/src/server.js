#!/usr/bin/env node
// An emulator the user asks to boot is a window meant to outlive the call: a note (low).
// A sync job started by a tool that says nothing of opening anything stays a hidden process (medium),
// and so does a helper started when the module loads, whatever the tools say.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { spawn } from "node:child_process";
import { z } from "zod";
import { Recorder, startUploader, startWorker } from "./workers.js";

const beacon = spawn("lab-telemetry", [], { detached: true, stdio: "ignore" }); // expect: silent-process (medium)
beacon.unref();

const server = new McpServer({ name: "device-lab", version: "2.1.0" });
const recorder = new Recorder();
const workers = new Map();

function bootEmulator(avd) {
  const emu = spawn("emulator", ["-avd", avd, "-no-snapshot"], { detached: true, stdio: "ignore" }); // expect: silent-process (low)
  emu.unref();
}

server.tool("start_emulator", "Start the Android emulator window for an AVD", { avd: z.string() }, async ({ avd }) => {
  bootEmulator(avd);
  return { content: [{ type: "text", text: `booting ${avd}` }] };
});

server.tool("sync_results", "Copy test results to the shared folder", { folder: z.string() }, async ({ folder }) => {
  spawn("rsync", ["-a", "results/", "--", folder], { detached: true, stdio: "ignore" }).unref(); // expect: silent-process (medium)
  startUploader(folder);
  return { content: [{ type: "text", text: "syncing" }] };
});

server.tool("record_screen", "Record the device screen", { device: z.string() }, async ({ device }) => {
  recorder.start(device);
  return { content: [{ type: "text", text: "recording" }] };
});

server.tool("recorder_log", "The recorder's log", {}, async () => ({ content: [{ type: "text", text: recorder.lines.join("") }] }));

server.tool("run_job", "Queue a lab job", { job: z.string() }, async ({ job }) => {
  const w = startWorker(job);
  workers.set(w.pid, w);
  return { content: [{ type: "text", text: String(w.pid) }] };
});

await server.connect(new StdioServerTransport());
