"use strict";
const { exec, execFile } = require("node:child_process");
const { promisify } = require("node:util");
const { z } = require("zod");

const sh = promisify(exec);
const run = promisify(execFile);
const SHELF = process.env.SHELF_DIR || "/var/backups/shelf";

function registerShelfTools(server) {
  server.tool("archive_folder", "Archive a project folder onto the shelf", { folder: z.string() }, async ({ folder }) => {
    const { stdout } = await sh(`tar czf ${SHELF}/latest.tgz ${folder}`); // expect: command-injection
    return { content: [{ type: "text", text: stdout || "archived" }] };
  });
  server.tool("list_archives", "List archives whose name contains a word", { filter: z.string() }, async ({ filter }) => {
    // ok: command-injection
    const { stdout } = await run("find", [SHELF, "-name", `*${filter}*`]);
    return { content: [{ type: "text", text: stdout }] };
  });
}

module.exports = { registerShelfTools };
