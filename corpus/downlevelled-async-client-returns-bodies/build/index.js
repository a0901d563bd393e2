#!/usr/bin/env node
"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var _a, _b;
Object.defineProperty(exports, "__esModule", { value: true });
const mcp_js_1 = require("@modelcontextprotocol/sdk/server/mcp.js");
const stdio_js_1 = require("@modelcontextprotocol/sdk/server/stdio.js");
const zod_1 = require("zod");
const recipes_1 = require("./recipes");
const box = new recipes_1.RecipeBox({ baseUrl: (_a = process.env.RECIPEBOX_URL) !== null && _a !== void 0 ? _a : "http://localhost:8080", token: (_b = process.env.RECIPEBOX_TOKEN) !== null && _b !== void 0 ? _b : "" });
const server = new mcp_js_1.McpServer({ name: "recipebox-mcp", version: "0.3.0" });
// ok: secret-in-tool-output
server.tool("search_recipes", "Search recipes by text", { text: zod_1.z.string() }, (_a) => __awaiter(void 0, [_a], void 0, function* ({ text }) {
    const found = yield box.search(text);
    return { content: [{ type: "text", text: JSON.stringify(found) }] };
}));
// ok: secret-in-tool-output
server.tool("recipe_photo", "The photo of a recipe", { id: zod_1.z.number() }, (_a) => __awaiter(void 0, [_a], void 0, function* ({ id }) {
    var _b;
    const response = yield box.photo(id);
    return {
        content: [{ type: "image", data: Buffer.from(response.data).toString("base64"), mimeType: String((_b = response.headers["content-type"]) !== null && _b !== void 0 ? _b : "image/jpeg") }],
    };
}));
// expect: secret-in-tool-output
server.tool("photo_request_debug", "Show how the last photo request was made", { id: zod_1.z.number() }, (_a) => __awaiter(void 0, [_a], void 0, function* ({ id }) {
    const response = yield box.photo(id);
    return { content: [{ type: "text", text: JSON.stringify({ status: response.status, sent: response.config }) }] };
}));
server.connect(new stdio_js_1.StdioServerTransport());
