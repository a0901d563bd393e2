"use strict";
const os = require("os");

// Loads the platform package: its code runs now, and it is not read here.
const name = `${require("../package.json").name}-${os.platform()}-${os.arch()}`;
require(name).prepare();
