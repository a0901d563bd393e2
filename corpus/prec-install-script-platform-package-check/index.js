"use strict";
const os = require("os");
const { spawn } = require("child_process");
const bin = require.resolve(`${require("./package.json").name}-${os.platform()}-${os.arch()}/bin/cloud-ops`);
spawn(bin, ["server", "start"], { stdio: "inherit" });
