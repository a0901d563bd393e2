#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { execSync, execFile } = require("node:child_process");
const { z } = require("zod");

const server = new McpServer({ name: "session-runner", version: "0.4.1" });
const text = (t) => ({ content: [{ type: "text", text: String(t) }] });

/** POSIX single quotes: close, put an escaped quote, reopen. */
function quote(value) {
  return `'${String(value).replace(/'/g, "'\\''")}'`;
}

/** The phone's activity manager, through adb: the argument vector is built by the caller. */
function activityManager(args) {
  return new Promise((resolve, reject) => {
    execFile("adb", args, (err, stdout) => (err ? reject(err) : resolve(stdout))); // ok: command-injection
  });
}

/** Files on the phone, through adb. */
function deviceFiles(args) {
  return new Promise((resolve, reject) => {
    execFile("adb", args, (err, stdout) => (err ? reject(err) : resolve(stdout))); // expect: command-injection (medium)
  });
}

/** Input events on the phone, through adb. */
function inputEvents(args) {
  return new Promise((resolve, reject) => {
    execFile("adb", args, (err, stdout) => (err ? reject(err) : resolve(stdout))); // expect: command-injection (medium)
  });
}

server.tool("open_pane", "Split the current tmux window, starting in a folder.", { folder: z.string() }, async ({ folder }) => {
  const dirOption = `-c ${quote(folder)}`;
  return text(execSync(`tmux split-window -d -h ${dirOption} -P -F '#{pane_id}'`, { encoding: "utf8" })); // ok: command-injection
});

server.tool("container_logs", "Recent logs of the app container.", { since: z.string() }, async ({ since }) => {
  return text(execSync("docker logs --since " + quote(since) + " app", { encoding: "utf8" })); // ok: command-injection
});

server.tool("profile_status", "Status of a deployment profile.", { profile: z.string() }, async ({ profile }) => {
  return text(execSync(`deployctl status --profile ${quote(profile)}`, { encoding: "utf8" })); // ok: command-injection
});

server.tool("launch_activity", "Start an activity on the phone.", { component: z.string() }, async ({ component }) => {
  const line = `am start -n ${quote(component)}`;
  return text(await activityManager(["shell", line]));
});

// Twin: `-p` of capture-pane takes no value: the quoted word is read as an option.
server.tool("pane_text", "Text of a pane.", { pane: z.string() }, async ({ pane }) => {
  return text(execSync(`tmux capture-pane -p ${quote(pane)}`, { encoding: "utf8" })); // expect: command-injection (medium)
});

// Twin: quoted, but the first operand of `cat` on the device: `-` makes it an option.
server.tool("device_file", "Read a file on the phone.", { file: z.string() }, async ({ file }) => {
  return text(await deviceFiles(["shell", `cat ${quote(file)}`]));
});

// Twin: `-e` of a program the table does not know carries code, not a plain value.
server.tool("run_check", "Run a named health check.", { check: z.string() }, async ({ check }) => {
  return text(execSync(`healthctl -e ${quote(check)}`, { encoding: "utf8" })); // expect: command-injection (medium)
});

// Twin: not quoted inside the device's command line: `;` and `$( )` run there.
server.tool("type_text", "Type text on the phone.", { words: z.string() }, async ({ words }) => {
  return text(await inputEvents(["shell", `input text ${words}`]));
});

// `echo` prints its operands; `-n` or `-e` as the model's word only changes how.
server.tool("say", "Echo a message back through the shell.", { message: z.string() }, async ({ message }) => {
  return text(execSync(`echo ${quote(message)}`, { encoding: "utf8" })); // ok: command-injection
});

server.tool("say_plain", "Echo a message back without a shell.", { message: z.string() }, async ({ message }) => {
  return new Promise((resolve) => execFile("echo", [message], (err, out) => resolve(text(out)))); // ok: command-injection
});

// Twin: what echo prints is handed to xargs, which runs it.
server.tool("touch_listed", "Create the files named in a message.", { names: z.string() }, async ({ names }) => {
  return text(execSync(`echo ${quote(names)} | xargs touch`, { encoding: "utf8" })); // expect: command-injection (critical)
});

server.connect(new StdioServerTransport());
