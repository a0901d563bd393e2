"use strict";
const os = require("os");
const fs = require("fs");
const path = require("path");

// Only asks whether the platform package is installed: resolving a name and looking for a file runs none of its code.
const name = `${require("../package.json").name}-${os.platform()}-${os.arch()}`;
try {
  const entry = require.resolve(name);
  if (!fs.existsSync(path.join(path.dirname(entry), "bin"))) throw new Error("no bin folder");
} catch (err) {
  console.error(`Missing required package '${name}': reinstall without --no-optional.`);
  process.exit(1);
}
