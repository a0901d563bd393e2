"use strict";
// Compiled CommonJS, as tsc emits it: the checks call their neighbours by plain name.
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
exports.assertUnderAllowedRoot = assertUnderAllowedRoot;
exports.assertUnderPrefix = assertUnderPrefix;
exports.isInsideCaptures = isInsideCaptures;
const node_path_1 = __importDefault(require("node:path"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const CAPTURES = node_path_1.default.join(node_os_1.default.homedir(), "captures");
function allowedRoots() {
    return [node_os_1.default.tmpdir(), process.cwd()].map((r) => node_fs_1.default.realpathSync(r));
}
function underRoot(candidate, root) {
    const rel = node_path_1.default.relative(root, candidate);
    if (rel === "") {
        return false;
    }
    if (node_path_1.default.isAbsolute(rel)) {
        return false;
    }
    if (rel.startsWith("..")) {
        return false;
    }
    return true;
}
function sharesPrefix(candidate, root) {
    return candidate.startsWith(root);
}
function realTarget(p) {
    const full = node_path_1.default.resolve(p);
    try {
        return node_path_1.default.join(node_fs_1.default.realpathSync(node_path_1.default.dirname(full)), node_path_1.default.basename(full));
    }
    catch {
        return full;
    }
}
function assertUnderAllowedRoot(p) {
    const real = realTarget(p);
    const allowed = allowedRoots().some((root) => {
        if (process.platform === "win32") {
            return underRoot(real.toLowerCase(), root.toLowerCase());
        }
        return underRoot(real, root);
    });
    if (!allowed) {
        throw new Error(`${p} is outside the folders this server may write`);
    }
}
// The same shape, but the neighbour compares a bare prefix: `/tmp-evil` passes `/tmp`.
function assertUnderPrefix(p) {
    const real = realTarget(p);
    if (!allowedRoots().some((root) => sharesPrefix(real, root))) {
        throw new Error(`${p} is outside the folders this server may write`);
    }
}
function isInsideCaptures(p) {
    return underRoot(node_path_1.default.resolve(CAPTURES, p), CAPTURES);
}
