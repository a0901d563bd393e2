#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { runProgram, runQuick } from "./run.js";

const server = new McpServer({ name: "notes-cli-bridge", version: "0.4.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.tool("ping", "Check that the bridge answers; echoes the message back", { message: z.string().optional() }, async ({ message }) =>
  text(await runProgram("echo", [message ?? "pong"])),
);

server.tool("ask_notes", "Ask the notes CLI a question about your notes", { question: z.string() }, async ({ question }) => text(await runProgram("notes", ["ask", question])));

server.tool("notes_version", "Show the notes CLI version", {}, async () => text(runQuick("notes", ["--version"])));

server.tool("say", "Echo a short message, to test the bridge", { words: z.string() }, async ({ words }) => text(runQuick("echo", [words])));

await server.connect(new StdioServerTransport());
