"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    return new (P || (P = Promise))(function (resolve, reject) {
        function step(result) { result.done ? resolve(result.value) : Promise.resolve(result.value).then((v) => step(generator.next(v)), reject); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
exports.handleToolCall = handleToolCall;
const promises_1 = __importDefault(require("node:fs/promises"));
const node_path_1 = __importDefault(require("node:path"));
const node_os_1 = __importDefault(require("node:os"));
const browser_js_1 = require("./browser.js");
const SCREENSHOT_DIR = node_path_1.default.join(node_os_1.default.homedir(), "Downloads", "pagepilot");
function handleToolCall(request) {
    return __awaiter(this, void 0, void 0, function* () {
        const args = request.params.arguments || {};
        const page = yield (0, browser_js_1.currentPage)();
        switch (request.params.name) {
            case "screenshot": {
                const png = yield page.screenshot({ fullPage: args.fullPage === true });
                const file = node_path_1.default.join(SCREENSHOT_DIR, `${args.name}.png`);
                yield promises_1.default.writeFile(file, png); // expect: path-traversal
                return { content: [{ type: "text", text: `Saved ${file}` }] };
            }
            case "get_text": {
                // ok: path-traversal
                const text = yield page.innerText("body");
                return { content: [{ type: "text", text }] };
            }
            default:
                throw new Error(`Unknown tool: ${request.params.name}`);
        }
    });
}
