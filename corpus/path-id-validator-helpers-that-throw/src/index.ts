#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { assertArchiveId, assertScratchId, assertSessionId, checkBoardName, checkBoardPath } from "./ids.js";
import { BoardStore } from "./store.js";

const store = new BoardStore();
const server = new McpServer({ name: "board-sessions", version: "0.9.2" });
const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

server.tool("read_session", "Read a whiteboard session's state", { session_id: z.string() }, async ({ session_id }) => {
  assertSessionId(session_id);
  return text(await store.readSession(session_id));
});

// expect: mixed-blast-radius (low)
server.tool("end_session", "End a whiteboard session and remove its files", { session_id: z.string() }, async ({ session_id }) => {
  assertSessionId(session_id);
  await store.dropSession(session_id);
  return text("ended");
});

server.tool("read_board", "Read a saved board", { name: z.string() }, async ({ name }) => {
  checkBoardName(name);
  return text(await store.readBoard(name));
});

server.tool("read_nested_board", "Read a board from a team folder", { name: z.string() }, async ({ name }) => {
  checkBoardPath(name);
  return text(await store.readNested(name));
});

server.tool("read_archive", "Read an archived board", { id: z.string() }, async ({ id }) => {
  assertArchiveId(id);
  return text(await store.readArchive(id));
});

server.tool("read_scratch", "Read a scratch board", { id: z.string() }, async ({ id }) => {
  assertScratchId(id);
  return text(await store.readScratch(id));
});

server.tool("read_loose", "Read a board from the loose folder", { id: z.string() }, async ({ id }) => {
  return text(await store.readUnchecked(id));
});

await server.connect(new StdioServerTransport());
