"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXTRA_NAMES = exports.ToolName = void 0;
var ToolName;
(function (ToolName) {
    ToolName["ListCards"] = "list_cards";
    ToolName["MoveCard"] = "move_card";
    ToolName["RunCardHook"] = "run_card_hook";
})(ToolName || (exports.ToolName = ToolName = {}));
exports.EXTRA_NAMES = {
    Archive: "archive_board",
};
