#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execFileSync } from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "journal-tail", version: "0.2.0" });

server.tool(
  "tail_file",
  "Last lines of a log file",
  { lines: z.number().int().max(1000), file: z.string() },
  async (args) => {
    // `lines` is a number, but `file` is free text and can start with "-".
    const out = execFileSync("tail", ["-n", String(args.lines), args.file], { encoding: "utf8" }); // expect: command-injection (medium)
    return { content: [{ type: "text", text: out }] };
  },
);

server.tool(
  "journal",
  "Recent journal entries of a unit",
  { lines: z.number().int().max(1000), unit: z.enum(["nginx", "postgresql", "app"]) },
  async (args) => {
    const out = execFileSync("journalctl", ["-n", String(args.lines), "-u", args.unit, "--no-pager"], { encoding: "utf8" }); // ok: command-injection
    return { content: [{ type: "text", text: out }] };
  },
);

await server.connect(new StdioServerTransport());
