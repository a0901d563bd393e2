#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { openDocs, openLoginPage, startSyncAgent, startWindowsHelper } from "./open.js";

const BOARD = "https://board.example.com";
if (!process.env.BOARD_TOKEN) openLoginPage(`${BOARD}/login?client=mcp`);
if (process.env.BOARD_SYNC) startSyncAgent("board-sync --watch");
if (process.env.BOARD_HELPER) startWindowsHelper("board-helper.exe");

const server = new McpServer({ name: "board-sync", version: "0.4.0" });

server.tool("open_docs", "Open the board's help page in the browser", { topic: z.enum(["cards", "lists", "sync"]) }, async ({ topic }) => {
  const opened = await openDocs(`${BOARD}/help/${topic}`);
  return { content: [{ type: "text", text: opened ? "opened" : `see ${BOARD}/help/${topic}` }] };
});

await server.connect(new StdioServerTransport());
