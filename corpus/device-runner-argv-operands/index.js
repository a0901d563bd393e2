#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { execFileSync } = require("node:child_process");
const { z } = require("zod");

const server = new McpServer({ name: "device-runner", version: "1.2.0" });
const text = (t) => ({ content: [{ type: "text", text: String(t) }] });

server.tool("device_props", "Read a device's properties.", { serial: z.string() }, async ({ serial }) => {
  return text(execFileSync("adb", ["-s", serial, "shell", "getprop"], { encoding: "utf8" })); // ok: command-injection
});

server.tool("device_info", "Describe an iOS device.", { serial: z.string() }, async ({ serial }) => {
  return text(execFileSync("ios", ["info", "--udid", serial], { encoding: "utf8" })); // ok: command-injection
});

server.tool("device_shell_ls", "List a folder on the first device.", { dir: z.string() }, async ({ dir }) => {
  return text(execFileSync("adb", ["shell", "ls", dir], { encoding: "utf8" })); // expect: command-injection (medium)
});

server.tool("git_show", "Show a file at a revision.", { file: z.string() }, async ({ file }) => {
  return text(execFileSync("git", ["show", "--end-of-options", file], { encoding: "utf8" })); // ok: command-injection
});

server.tool("git_with_config", "Run git log with one configuration override.", { setting: z.string() }, async ({ setting }) => {
  return text(execFileSync("git", ["-c", setting, "log", "-1"], { encoding: "utf8" })); // expect: command-injection (medium)
});

server.tool("build_status", "Status of a build.", { buildId: z.string().uuid() }, async ({ buildId }) => {
  return text(execFileSync("packager", ["status", buildId], { encoding: "utf8" })); // ok: command-injection
});

server.tool("install_package", "Install a package by name.", { name: z.string() }, async ({ name }) => {
  if (!/^[a-z][\w.-]*$/.test(name)) throw new Error("invalid package name");
  return text(execFileSync("packager", ["install", name], { encoding: "utf8" })); // ok: command-injection
});

server.tool("remove_package", "Remove a package by name.", { name: z.string() }, async ({ name }) => {
  if (!/^[\w.-]+$/.test(name)) throw new Error("invalid package name");
  return text(execFileSync("packager", ["remove", name], { encoding: "utf8" })); // expect: command-injection (medium)
});

server.tool("pin_version", "Pin the packager to a version.", { version: z.string() }, async ({ version }) => {
  const clean = version.replace(/[^0-9.]/g, "");
  return text(execFileSync("packager", ["pin", clean], { encoding: "utf8" })); // ok: command-injection
});

/** Serials of the connected devices, as adb lists them. */
function listDevices() {
  return execFileSync("adb", ["devices"], { encoding: "utf8" })
    .split("\n")
    .slice(1)
    .filter((line) => line.includes("\tdevice"))
    .map((line) => ({ serial: line.split("\t")[0] }));
}

server.tool("device_reboot", "Reboot a connected device.", { serial: z.string() }, async ({ serial }) => {
  const device = listDevices().find((d) => d.serial === serial);
  if (!device) throw new Error(`no connected device ${serial}`);
  return text(execFileSync("adb", ["reboot", serial], { encoding: "utf8" })); // ok: command-injection
});

server.tool("device_wake", "Wake the devices of a group.", { serial: z.string(), group: z.array(z.object({ serial: z.string() })) }, async ({ serial, group }) => {
  for (const d of group) {
    if (d.serial === serial) return text(execFileSync("adb", ["wake", serial], { encoding: "utf8" })); // expect: command-injection (medium)
  }
  return text("not in the group");
});

server.connect(new StdioServerTransport());
