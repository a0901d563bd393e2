#!/usr/bin/env node
const mode = process.argv[2] ?? "stdio";
if (mode === "--version") {
  console.log("0.4.1");
} else {
  await import("../dist/server.js");
}
