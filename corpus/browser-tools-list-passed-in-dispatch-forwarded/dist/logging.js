"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.log = log;
exports.wrapHandler = wrapHandler;
function log(message) {
    process.stderr.write(`[pagepilot] ${message}\n`);
}
function wrapHandler(label, handler) {
    return (...args) => {
        log(label);
        return handler(...args);
    };
}
