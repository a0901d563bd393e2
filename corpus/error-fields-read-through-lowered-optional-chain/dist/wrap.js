"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.guarded = exports.guardedVerbose = void 0;
// Compiled from `err?.response?.data`: the compiler keeps the part in a temporary.
const guarded = (run) => async (args) => {
    var _a, _b;
    try {
        return await run(args);
    }
    catch (err) {
        const detail = (_a = err === null || err === void 0 ? void 0 : err.response) === null || _a === void 0 ? void 0 : _a.data;
        const code = (_b = err === null || err === void 0 ? void 0 : err.response) === null || _b === void 0 ? void 0 : _b.status;
        // ok: error-detail-echo
        throw new Error(JSON.stringify({ message: err instanceof Error ? err.message : String(err), detail, code }));
    }
};
exports.guarded = guarded;
// The same shape, keeping the request configuration the response points back to.
const guardedVerbose = (run) => async (args) => {
    var _a, _b;
    try {
        return await run(args);
    }
    catch (err) {
        const sent = (_a = err === null || err === void 0 ? void 0 : err.response) === null || _a === void 0 ? void 0 : _a.config;
        const code = (_b = err === null || err === void 0 ? void 0 : err.response) === null || _b === void 0 ? void 0 : _b.status;
        // expect: error-detail-echo (high)
        throw new Error(JSON.stringify({ code, sent }));
    }
};
exports.guardedVerbose = guardedVerbose;
