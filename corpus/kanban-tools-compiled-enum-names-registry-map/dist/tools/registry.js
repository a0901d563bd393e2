"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ToolRegistry = void 0;
const definitions_1 = require("./definitions");
class ToolRegistry {
    constructor() {
        this.byName = new Map();
        for (const def of definitions_1.toolDefinitions)
            this.byName.set(def.name, def);
    }
    list() {
        return Array.from(this.byName.values());
    }
    has(name) {
        return this.byName.has(name);
    }
}
exports.ToolRegistry = ToolRegistry;
