#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { DAEMON_SCRIPT } from "./paths.js";

// Its own helper, a file of this package: a note (low).
const daemon = spawn(process.execPath, [DAEMON_SCRIPT], { detached: true, stdio: "ignore" }); // expect: silent-process (low)
daemon.unref();

// A binary from the user's cache folder, not a file of the package: the code that runs is not in view.
const agent = spawn(path.join(os.homedir(), ".cache", "bridge", "agent"), [], { detached: true, stdio: "ignore" }); // expect: silent-process (medium)
agent.unref();

const server = new McpServer({ name: "browser-bridge", version: "1.4.0" });
server.tool("ping_daemon", "Check that the daemon is running", {}, async () => ({ content: [{ type: "text", text: String(daemon.pid) }] }));
await server.connect(new StdioServerTransport());
