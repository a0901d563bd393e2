#!/usr/bin/env node
import { mkdir, readFile, writeFile, unlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { toHalfSafeName, toNestedName, toSafeName } from "./names.js";

const VAULT = join(process.env.VAULT_DIR ?? process.cwd(), "vault");
const str = { type: "string" };
const TOOLS = [
  { name: "save_snippet", description: "Save a snippet for a source", inputSchema: { type: "object", properties: { source: str, text: str }, required: ["source", "text"] } },
  { name: "read_snippet", description: "Read the snippet of a source", inputSchema: { type: "object", properties: { source: str }, required: ["source"] } },
  { name: "forget_snippet", description: "Forget the snippet of a source", inputSchema: { type: "object", properties: { source: str }, required: ["source"] } }, // expect: mixed-blast-radius (low)
  { name: "read_legacy", description: "Read a snippet saved by version 1", inputSchema: { type: "object", properties: { source: str }, required: ["source"] } },
  { name: "read_half_safe", description: "Read a snippet saved by version 1.2", inputSchema: { type: "object", properties: { source: str }, required: ["source"] } },
  { name: "read_nested", description: "Read a snippet from the nested layout", inputSchema: { type: "object", properties: { source: str }, required: ["source"] } },
  { name: "read_renamed", description: "Read a snippet with a chosen filler", inputSchema: { type: "object", properties: { source: str, filler: str }, required: ["source", "filler"] } },
];

const server = new Server({ name: "snippet-vault", version: "1.4.0" }, { capabilities: { tools: {} } });
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const args = request.params.arguments ?? {};
  switch (request.params.name) {
    case "save_snippet": {
      const file = join(VAULT, `${Buffer.from(String(args.source)).toString("hex")}.txt`);
      await mkdir(VAULT, { recursive: true });
      // ok: path-traversal
      await writeFile(file, String(args.text), "utf8");
      return text(`saved ${file}`);
    }
    case "read_snippet": {
      const name = Buffer.from(String(args.source), "utf8").toString("base64url");
      // ok: path-traversal
      return text(await readFile(join(VAULT, `${name}.txt`), "utf8"));
    }
    case "forget_snippet": {
      // ok: path-traversal
      await unlink(join(VAULT, `${toSafeName(String(args.source))}.txt`));
      return text("forgotten");
    }
    case "read_legacy": {
      const name = Buffer.from(String(args.source), "latin1").toString("base64");
      // `path.join` would keep a leading `/` under the vault; `resolve` starts over at it.
      // expect: path-traversal
      return text(await readFile(resolve(VAULT, `${name}.txt`), "utf8"));
    }
    case "read_half_safe":
      // expect: path-traversal
      return text(await readFile(resolve(VAULT, `${toHalfSafeName(String(args.source))}.txt`), "utf8"));
    case "read_nested":
      // expect: path-traversal
      return text(await readFile(resolve(VAULT, `${toNestedName(String(args.source))}.txt`), "utf8"));
    case "read_renamed": {
      const name = Buffer.from(String(args.source)).toString("hex").replace(/0/g, String(args.filler));
      // expect: path-traversal
      return text(await readFile(join(VAULT, `${name}.txt`), "utf8"));
    }
    default:
      throw new Error(`unknown tool ${request.params.name}`);
  }
});

await server.connect(new StdioServerTransport());
