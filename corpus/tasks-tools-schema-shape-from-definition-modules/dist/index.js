#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import * as addTask from "./tools/addTask.js";
import { searchNotes, withWorkspace } from "./tools/searchNotes.js";
import { withNudge } from "./nudge.js";

const workspace = process.env.TASKDECK_WORKSPACE ?? "the workspace you name";
const server = new McpServer({ name: "taskdeck", version: "2.0.3" });

server.tool("add_task", "Creates a task in Taskdeck", addTask.schema.shape, withNudge(addTask.handler));
server.tool(
  "search_notes",
  `Searches the notes of ${workspace} for a text`,
  withWorkspace({ query: z.string().describe("Text to look for") }),
  withNudge(searchNotes),
);

await server.connect(new StdioServerTransport());
