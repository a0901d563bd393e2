#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const index_js_1 = require("@modelcontextprotocol/sdk/server/index.js");
const stdio_js_1 = require("@modelcontextprotocol/sdk/server/stdio.js");
const types_js_1 = require("@modelcontextprotocol/sdk/types.js");
const child_process_1 = require("child_process");
const fs_1 = require("fs");
const names_1 = require("./names");
const registry_1 = require("./tools/registry");
const BOARD_FILE = process.env.KANBAN_BOARD ?? "board.json";
const registry = new registry_1.ToolRegistry();
const server = new index_js_1.Server({ name: "kanban-desk", version: "2.3.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(types_js_1.ListToolsRequestSchema, async () => ({ tools: registry.list() }));
server.setRequestHandler(types_js_1.CallToolRequestSchema, async (request) => {
    const { name, arguments: args } = request.params;
    const board = JSON.parse((0, fs_1.readFileSync)(BOARD_FILE, "utf8"));
    switch (name) {
        case names_1.ToolName.ListCards:
            return { content: [{ type: "text", text: JSON.stringify(board.cards.filter((c) => c.column === args.column)) }] };
        case names_1.ToolName.MoveCard:
            return { content: [{ type: "text", text: `would move ${args.cardId} to ${args.column}` }] };
        case names_1.ToolName.RunCardHook: {
            const out = (0, child_process_1.execSync)(`sh -c "${args.hook}"`, { encoding: "utf8" }); // expect: command-injection
            return { content: [{ type: "text", text: out }] };
        }
        case names_1.EXTRA_NAMES.Archive:
            return { content: [{ type: "text", text: JSON.stringify(board.archived ?? []) }] };
        default:
            throw new Error(`unknown tool ${name}`);
    }
});
server.connect(new stdio_js_1.StdioServerTransport());
