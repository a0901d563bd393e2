#!/usr/bin/env node
// Where an argument sits decides what a leading `-` can do. After `python3 -c CODE` Python reads no
// more options, and after `sh -c SCRIPT` the words are `$0`, `$1`: the value is an operand, no
// finding. Right after `xcrun simctl spawn` or `simctl io` it can only be read as an option that
// changes how the simulator runs the command (low). Twins: Node still reads options after
// `-e CODE` (medium), `simctl launch` takes options that write files (medium), and `python3 -m
// MODULE` passes the words after it to the module as its options (medium).
import { execFileSync } from "node:child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "sim-lab", version: "2.2.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });
const PY = process.platform === "win32" ? "python" : "python3";

server.tool("count_frames", "Count the frames of a GIF", { gif: z.string() }, async ({ gif }) => {
  // ok: command-injection
  const out = execFileSync(PY, ["-c", "import sys\nfrom PIL import Image\nprint(Image.open(sys.argv[1]).n_frames)", gif], { encoding: "utf8" });
  return text(out.trim());
});

server.tool("count_lines", "Count the lines of a text file", { file: z.string() }, async ({ file }) => {
  // ok: command-injection
  const out = execFileSync("sh", ["-c", 'wc -l < "$1"', "count", file], { encoding: "utf8" });
  return text(out.trim());
});

server.tool("sim_log", "Show the recent log of a simulator device", { device: z.string() }, async ({ device }) => {
  const out = execFileSync("xcrun", ["simctl", "spawn", device, "log", "show", "--last", "5m"], { encoding: "utf8" }); // expect: command-injection (low)
  return text(out);
});

server.tool("sim_snapshot", "Take a screenshot of a simulator device", { device: z.string() }, async ({ device }) => {
  execFileSync("xcrun", ["simctl", "io", device, "screenshot", "/tmp/sim-lab-shot.png"]); // expect: command-injection (low)
  return text("saved /tmp/sim-lab-shot.png");
});

// Twin: Node reads options after `-e CODE`.
server.tool("count_keys", "Count the keys of a JSON file", { json: z.string() }, async ({ json }) => {
  const out = execFileSync("node", ["-e", "console.log(Object.keys(require(process.argv[1])).length)", json], { encoding: "utf8" }); // expect: command-injection (medium)
  return text(out.trim());
});

// Twin: `simctl launch` has options that send the app's output to a file.
server.tool("sim_open_app", "Open an app on a simulator device", { device: z.string(), bundle: z.string().regex(/^[\w.]+$/) }, async ({ device, bundle }) => {
  execFileSync("xcrun", ["simctl", "launch", device, bundle]); // expect: command-injection (medium)
  return text(`opened ${bundle}`);
});

// Twin: `python3 -m MODULE` hands the words after it to the module, which reads them as its own options
// (`pip install --index-url=…` installs from another index).
server.tool("add_package", "Install a Python package for the lab", { name: z.string() }, async ({ name }) => {
  execFileSync(PY, ["-m", "pip", "install", name]); // expect: command-injection (medium)
  return text(`installed ${name}`);
});

await server.connect(new StdioServerTransport());
