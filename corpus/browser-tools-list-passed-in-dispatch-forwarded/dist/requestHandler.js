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
Object.defineProperty(exports, "__esModule", { value: true });
exports.setupRequestHandlers = setupRequestHandlers;
const types_js_1 = require("@modelcontextprotocol/sdk/types.js");
const toolHandler_js_1 = require("./toolHandler.js");
const logging_js_1 = require("./logging.js");
function setupRequestHandlers(server, tools) {
    const timed = (handler) => (...args) => __awaiter(this, void 0, void 0, function* () {
        const started = Date.now();
        try {
            return yield handler(...args);
        }
        finally {
            (0, logging_js_1.log)(`took ${Date.now() - started} ms`);
        }
    });
    server.setRequestHandler(types_js_1.ListToolsRequestSchema, (0, logging_js_1.wrapHandler)("ListTools", timed(() => __awaiter(this, void 0, void 0, function* () {
        return ({ tools: tools });
    }))));
    server.setRequestHandler(types_js_1.CallToolRequestSchema, (0, logging_js_1.wrapHandler)("CallTool", (request) => __awaiter(this, void 0, void 0, function* () {
        return (0, toolHandler_js_1.handleToolCall)(request);
    })));
}
