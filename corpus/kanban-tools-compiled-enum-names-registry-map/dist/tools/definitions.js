"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toolDefinitions = exports.archiveDefinition = void 0;
const names_1 = require("../names");
exports.archiveDefinition = {
    name: names_1.EXTRA_NAMES.Archive,
    description: "Lists the archived cards of the board",
    inputSchema: { type: "object", properties: {} },
};
exports.toolDefinitions = [
    {
        name: names_1.ToolName.ListCards,
        description: "Lists the cards of a column",
        inputSchema: { type: "object", properties: { column: { type: "string" } }, required: ["column"] },
    },
    {
        name: names_1.ToolName.MoveCard,
        description: "Moves a card to another column",
        inputSchema: { type: "object", properties: { cardId: { type: "string" }, column: { type: "string" } }, required: ["cardId", "column"] },
    },
    {
        name: names_1.ToolName.RunCardHook,
        description: "Runs the hook command configured on a card",
        inputSchema: { type: "object", properties: { hook: { type: "string" } }, required: ["hook"] },
    },
    exports.archiveDefinition,
];
