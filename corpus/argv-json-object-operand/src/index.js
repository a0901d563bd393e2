#!/usr/bin/env node
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const run = promisify(execFile);
const engine = process.env.ENGINE_BIN ?? "engine";
const server = new McpServer({ name: "scene-runner", version: "1.2.0" });
const text = (t) => ({ content: [{ type: "text", text: String(t) }] });

// An object literal serialized is `{...}`: whatever its fields hold, the element cannot start with `-`.
server.tool("add_node", "Add a node to a scene", { scene: z.string(), nodeName: z.string(), nodeType: z.string() }, async ({ scene, nodeName, nodeType }) => {
  const payload = JSON.stringify({ scene_path: `scenes/${scene}`, node_name: nodeName, node_type: nodeType });
  // ok: command-injection
  const { stdout } = await run(engine, ["--headless", "--script", "ops/run.gd", "add_node", payload]);
  return text(stdout);
});

// A list serialized is `[...]`.
server.tool("tag_nodes", "Tag nodes of a scene", { tags: z.array(z.string()) }, async ({ tags }) => {
  // ok: command-injection
  const { stdout } = await run(engine, ["--headless", "--script", "ops/run.gd", "tag", JSON.stringify([...tags])]);
  return text(stdout);
});

// Twin: a string serialized starts with `"`, but the argument's type is not known here: a number gives `-1`.
server.tool("rename_scene", "Rename a scene", { name: z.any() }, async ({ name }) => {
  const { stdout } = await run(engine, ["--headless", "--script", "ops/run.gd", "rename", JSON.stringify(name)]); // expect: command-injection (medium)
  return text(stdout);
});

// Twin: the value itself, not a serialization of it.
server.tool("open_scene", "Open a scene", { scene: z.string() }, async ({ scene }) => {
  const { stdout } = await run(engine, ["--headless", "--script", "ops/run.gd", "open", scene]); // expect: command-injection (medium)
  return text(stdout);
});

await server.connect(new StdioServerTransport());
