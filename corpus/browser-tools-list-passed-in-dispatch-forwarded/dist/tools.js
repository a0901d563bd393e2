"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createToolDefinitions = createToolDefinitions;
function createToolDefinitions() {
    return [
        {
            name: "screenshot",
            description: "Take a screenshot of the current page and save it",
            inputSchema: {
                type: "object",
                properties: {
                    name: { type: "string", description: "Name for the screenshot file" },
                    fullPage: { type: "boolean" },
                },
                required: ["name"],
            },
        },
        {
            name: "get_text",
            description: "Visible text of the current page",
            inputSchema: { type: "object", properties: {} },
        },
    ];
}
