"use strict";
// Marks the package's own entry points executable (a tarball made on Windows loses the bit).
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
fs.chmodSync(path.join(root, "dist", "index.js"), 0o755);
fs.chmodSync(path.resolve(__dirname, "../dist/cli.js"), 0o755);
fs.copyFileSync("dist/index.js", "./dist/server.js");
