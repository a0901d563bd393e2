#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { Workspace } from "./workspace.js";

const ws = new Workspace(process.env.WORKSPACE_DIR ?? "./workspace", JSON.parse(process.env.PROJECTS ?? "[]"));
const server = new McpServer({ name: "project-folders", version: "0.3.2" });
const text = (t) => ({ content: [{ type: "text", text: t }] });
const tool = (name, run) => server.tool(name, `Project folders: ${name}`, { name: z.string() }, async ({ name }) => text(String(await run(name))));

tool("create_project", (n) => ws.create(n));
tool("create_board", (n) => ws.createBoard(n));
tool("create_topic", (n) => ws.createTopic(n));
tool("open_topic", (n) => ws.openTopic(n));
tool("open_linked", (n) => ws.openLinked(n));
tool("create_draft", (n) => ws.createDraft(n));
tool("create_note", (n) => ws.createNote(n));
tool("create_sheet", (n) => ws.createSheet(n));
tool("create_page", (n) => ws.createPage(n));
tool("create_inline", (n) => ws.createInline(n));
tool("open_project", (n) => ws.open(n));
tool("open_board", (n) => ws.openBoard(n));
tool("open_sheet", (n) => ws.openSheet(n));
tool("archive_project", (n) => ws.archive(n));

await server.connect(new StdioServerTransport());
