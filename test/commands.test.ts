// The command lines a handler starts, when the code pins them, and which of them only read.
import assert from "node:assert/strict";
import { test } from "node:test";
import { commandsOf } from "../analyzer/mcp/commands.js";
import { localReach } from "../analyzer/mcp/reachable.js";
import { ConstantFolder, relativeResolver } from "../analyzer/program/constants.js";
import { walk, type Node } from "../analyzer/parse/ast.js";
import { endsOptionList, harmlessOptionSlot, runsScriptFile, hasInertOptions, inertOptionSlot, isReadOnlyCommand, launchersOnly, launchesWithOption, optionInjectionReach, readsNextAsValue, runsOperandsAsCode, takesOperand } from "../rules/models/commands.js";
import { programOf } from "./support/program.js";

const isProcess = (api: string) => api.startsWith("child_process ");

/** Commands started by the function named `tool` in src/index.js. */
function commands(code: string, extraApis: string[] = []): unknown {
  const program = programOf({ "src/index.js": `import { execFileSync, execSync, spawn, exec } from "node:child_process";\n${code}` });
  const folder = new ConstantFolder(relativeResolver(program.byPath));
  const m = program.modules[0];
  let tool: Node | undefined;
  walk(m.ast, {
    enter(n) {
      if (n.type === "FunctionDeclaration" && n.id?.name === "tool") tool = n;
    },
  });
  const reach = localReach(folder, tool!, m);
  return commandsOf(folder, reach.functions, isProcess, [...reach.apis, ...extraApis]);
}

test("commands: direct calls, wrappers two deep, a reassigned list and a helper that returns it", () => {
  assert.deepEqual(commands(`function tool(ns) { return execFileSync("git", ["status", "--short"]); }`), [["git", "status", "--short"]]);
  assert.deepEqual(
    commands(`function safe(file, args, opts) { return execFileSync(file, args, opts); }\nfunction run(c, a) { return safe(c, a, {}); }\nfunction more(a, o) { a.push("-o", o); return a; }\nfunction tool(kind, o) { const command = "kubectl"; let args = ["get", kind]; args = more(args, o); return run(command, args); }`),
    [["kubectl", "get", undefined]],
  );
  assert.deepEqual(commands(`const BIN = process.env.KUBECTL ?? "kubectl";\nfunction k(args) { return execFileSync(BIN, args); }\nfunction tool(ctx) { k(["config", "get-contexts"]); if (ctx) k(["config", "use-context", ctx]); }`), [
    ["kubectl", "config", "get-contexts"],
    ["kubectl", "config", "use-context", undefined],
  ]);
});

test("commands: a program the code does not pin, a vector built elsewhere, a reordered list or an unseen process API is not pinned", () => {
  assert.equal(commands(`function tool(bin) { return execFileSync(bin, ["--version"]); }`), undefined);
  assert.equal(commands(`function tool(args) { return execFileSync("kubectl", args); }`), undefined);
  assert.equal(commands(`function tool(v) { const a = ["get", "pods"]; a.unshift(v); return execFileSync("kubectl", a); }`), undefined);
  assert.equal(commands(`function tool() { return execFileSync("git", ["log"]); }`, ["child_process Member[spawn]"]), undefined);
  assert.deepEqual(commands(`function k(args) { return execFileSync("kubectl", args); }\nfunction tool() { return "nothing"; }`), []);
});

test("read-only commands: pinned read-only subcommands, options before them skipped", () => {
  assert.equal(isReadOnlyCommand(["kubectl", "get", undefined]), true);
  assert.equal(isReadOnlyCommand(["kubectl", "-n", undefined, "logs", undefined]), true);
  assert.equal(isReadOnlyCommand(["kubectl", "--context=prod", "describe"]), true);
  assert.equal(isReadOnlyCommand(["kubectl", "config", "get-contexts"]), true);
  assert.equal(isReadOnlyCommand(["kubectl", "config", "use-context", undefined]), false);
  assert.equal(isReadOnlyCommand(["kubectl", undefined]), false);
  assert.equal(isReadOnlyCommand(["git", "gc", "--prune=now"]), false);
  assert.equal(isReadOnlyCommand(["npm", "--version"]), true);
  assert.equal(isReadOnlyCommand(["rm", "-rf", "/tmp/x"]), false);
  // A subcommand that runs the command after its device operand: read-only as that command is.
  assert.equal(isReadOnlyCommand(["xcrun", "simctl", "spawn", "booted", "log", "show"]), true);
  assert.equal(isReadOnlyCommand(["xcrun", "simctl", "spawn", "booted", "rm", "-rf"]), false);
  assert.equal(isReadOnlyCommand(["xcrun", "simctl", "spawn", undefined, "log", "show"]), false);
  assert.equal(isReadOnlyCommand(["xcrun", "simctl", "spawn", "booted"]), false);
});

test("command lines: a found program, a whole line in one array, words put first, one array per block", () => {
  const finder = `import path from "node:path";\nimport os from "node:os";\nimport fs from "node:fs";\nconst PLACES = ["/opt/homebrew/bin/adb", path.join(os.homedir(), "sdk", "adb")];\nfunction findAdb() { for (const p of PLACES) { if (fs.existsSync(p)) return p; } return "adb"; }\nfunction tool() { return execFileSync(findAdb(), ["devices"]); }`;
  assert.deepEqual(commands(finder), [["adb", "devices"]]);
  // Two programs from one finder, or one the table does not know: not pinned.
  assert.equal(commands(`function find() { if (x) return "/usr/bin/adb"; return "/usr/bin/git"; }\nfunction tool() { return execFileSync(find(), ["devices"]); }`), undefined);
  assert.equal(commands(`import path from "node:path";\nfunction find() { return path.join(home, "bin", "devicectl"); }\nfunction tool() { return execFileSync(find(), ["devices"]); }`), undefined);
  assert.deepEqual(commands(`function tool(x) { const line = ["log", "show"]; if (x) line.unshift("xcrun", "simctl", "spawn", "booted"); return execFileSync(line[0], line.slice(1)); }`), [["log", "show"], ["xcrun", "simctl", "spawn", "booted", "log", "show"]]);
  assert.equal(commands(`function tool(x, d) { const line = ["log", "show"]; line.unshift(d); return execFileSync(line[0], line.slice(1)); }`), undefined);
  assert.equal(commands(`function tool() { const line = ["git", "log"]; return execFileSync(line[0], line); }`), undefined);
  assert.deepEqual(commands(`function tool(a) { if (a) { const args = ["logcat"]; return execFileSync("adb", args); } else { const args = ["show"]; args.unshift("simctl"); return execFileSync("xcrun", args); } }`), [["adb", "logcat"], ["xcrun", "show"], ["xcrun", "simctl", "show"]]);
  assert.deepEqual(commands(`function tool() { const args = ["log", "show"]; return execFileSync("log", args.slice(1)); }`), [["log", "show"]]);
});

test("command table: read-only programs and subcommands, code-running and mutating options spoil them", () => {
  assert.equal(isReadOnlyCommand(["grep", "-rn", undefined]), true);
  assert.equal(isReadOnlyCommand(["/usr/bin/rg", "--json", undefined]), true);
  assert.equal(isReadOnlyCommand(["rg", "--pre", "sh", undefined]), false);
  assert.equal(isReadOnlyCommand(["find", ".", "-name", undefined]), true);
  assert.equal(isReadOnlyCommand(["find", ".", "-delete"]), false);
  assert.equal(isReadOnlyCommand(["find", ".", "-exec", "rm", "{}", ";"]), false);
  assert.equal(isReadOnlyCommand(["git", "log", "--oneline"]), true);
  assert.equal(isReadOnlyCommand(["git", "-c", "core.pager=sh", "log"]), false);
  assert.equal(isReadOnlyCommand(["git", "push", "origin"]), false);
  assert.equal(isReadOnlyCommand(["gh", "pr", "view", undefined]), true);
  assert.equal(isReadOnlyCommand(["gh", "pr", "merge", undefined]), false);
  assert.equal(isReadOnlyCommand(["pnpm", "view", undefined]), true);
  assert.equal(isReadOnlyCommand(["npm", "run", "build"]), false);
  assert.equal(isReadOnlyCommand(["curl", "-s", undefined]), true);
  assert.equal(isReadOnlyCommand(["curl", "-o", "/tmp/x", undefined]), false);
  assert.equal(isReadOnlyCommand(["terraform", "plan"]), true);
  assert.equal(isReadOnlyCommand(["terraform", "destroy"]), false);
  assert.equal(isReadOnlyCommand(["node", "script.js"]), false);
});

test("command table: one argument runs code as an option of git, rg, tar, ssh; not of programs without such an option", () => {
  assert.deepEqual(optionInjectionReach("git", "ls-remote"), { runsCode: "--upload-pack=" });
  assert.deepEqual(optionInjectionReach("C:\\Program Files\\Git\\bin\\git.exe", "fetch"), { runsCode: "--upload-pack=" });
  // `git diff` has no option that runs a command; an unpinned subcommand is not assumed to.
  assert.equal(optionInjectionReach("git", "diff"), undefined);
  assert.equal(optionInjectionReach("git"), undefined);
  assert.deepEqual(optionInjectionReach("rg"), { runsCode: "--pre=" });
  assert.deepEqual(optionInjectionReach("tar"), { runsCode: "--to-command=" });
  assert.deepEqual(optionInjectionReach("ssh"), { runsCode: "-oProxyCommand=" });
  assert.equal(optionInjectionReach("find"), undefined);
  assert.equal(optionInjectionReach("kubectl"), undefined);
  assert.equal(optionInjectionReach(undefined), undefined);
});

test("command table: an option takes the next argument as its value only where the table says so, and never when it runs code", () => {
  assert.equal(takesOperand("adb", "-s"), true, "adb -s SERIAL");
  assert.equal(takesOperand("/usr/local/bin/kubectl", "-c"), true, "kubectl -c CONTAINER");
  assert.equal(takesOperand("ios", "--udid"), true, "a long option most CLIs give a value");
  assert.equal(takesOperand("git", "-c"), false, "git -c name=value runs code through config");
  assert.equal(takesOperand("git", "--heads"), false, "a switch takes nothing");
  assert.equal(takesOperand("grep", "-n"), false, "one letter means different things per program");
  assert.equal(takesOperand("node", "--name"), false, "every option of an interpreter can run code");
});

test("command table: value-taking options of the usual CLIs, and programs that run their operands", () => {
  assert.equal(takesOperand("rg", "-e"), true, "rg -e PATTERN");
  assert.equal(takesOperand("rg", "-g"), true, "rg -g GLOB");
  assert.equal(takesOperand("tmux", "-c"), true, "tmux split-window -c START-DIRECTORY");
  assert.equal(takesOperand("tmux", "-p"), false, "capture-pane -p prints, it takes nothing");
  assert.equal(readsNextAsValue("tmux", "-f"), false, "tmux -f reads a configuration file of commands");
  assert.equal(isReadOnlyCommand(["tmux", "capture-pane", "-p", "-t", "%1"]), true);
  assert.equal(isReadOnlyCommand(["tmux", "send-keys", "-t", "%1", "ls", "Enter"]), false, "it types into a shell");
  assert.equal(hasInertOptions("/bin/echo"), true, "echo -n / -e only change what it prints");
  assert.equal(hasInertOptions("cat"), false, "cat options are not known to be inert");
  assert.equal(hasInertOptions(undefined), false, "an unknown program");
  assert.equal(takesOperand("grep", "-e"), true, "grep -e PATTERN");
  assert.equal(takesOperand("grep", "-r"), false, "grep -r takes nothing");
  assert.equal(takesOperand("git", "--grep"), true, "git log --grep PATTERN");
  assert.equal(takesOperand("gh", "-R"), true, "gh -R OWNER/REPO");
  assert.equal(takesOperand("find", "-name"), true, "find -name PATTERN");
  assert.equal(takesOperand("find", "-exec"), false, "find -exec runs its value");
  assert.equal(takesOperand("docker", "--format"), true);
  assert.equal(takesOperand("ssh", "-p"), true, "ssh -p PORT");
  assert.equal(takesOperand("ssh", "-o"), false, "ssh -o ProxyCommand=… runs code");
  assert.equal(takesOperand("open", "-a"), false, "open -a APP launches a program");
  assert.equal(runsOperandsAsCode("ssh"), true, "ssh host CMD runs CMD in a remote shell");
  assert.equal(runsOperandsAsCode("xargs"), true);
  assert.equal(runsOperandsAsCode("sh"), true);
  assert.equal(runsOperandsAsCode("/usr/bin/sudo"), true);
  assert.equal(runsOperandsAsCode("git"), false);
  assert.equal(runsOperandsAsCode(undefined), false);
});

test("launchersOnly: words that hand the rest of the line to the command after them", () => {
  assert.equal(launchersOnly([]), true, "nothing before the command");
  assert.equal(launchersOnly(["env"]), true);
  assert.equal(launchersOnly(["npx", "cross-env"]), true, "a package runner and the settings launcher it runs");
  assert.equal(launchersOnly(["sudo", "nohup"]), true);
  assert.equal(launchersOnly(["git"]), false, "a program the code chose: what follows is its argument");
  assert.equal(launchersOnly(["node"]), false, "an interpreter takes a script, not a command line");
  assert.equal(launchersOnly(["env", "make"]), false);
});

test("command table: where a program stops reading options, and slots whose options reach little", () => {
  assert.equal(endsOptionList("python3", "-c"), true, "python -c CODE ends the option list");
  assert.equal(endsOptionList("/usr/bin/python3", "-m"), true);
  assert.equal(endsOptionList("bash", "-c"), true, "sh -c SCRIPT NAME ARG: the words after are $0, $1");
  assert.equal(endsOptionList("node", "-e"), false, "node still reads options after -e CODE");
  assert.equal(endsOptionList("perl", "-e"), false);
  assert.equal(endsOptionList("python3", "-u"), false);
  assert.equal(harmlessOptionSlot("xcrun", ["simctl", "spawn"]), true);
  assert.equal(harmlessOptionSlot("xcrun", ["simctl", "spawn", "-w"]), true, "options between are skipped");
  assert.equal(harmlessOptionSlot("xcrun", ["simctl", "io"]), true);
  assert.equal(harmlessOptionSlot("xcrun", ["simctl", "launch"]), false, "launch --stdout=FILE writes a file");
  assert.equal(harmlessOptionSlot("xcrun", ["simctl", "spawn", "booted", "log"]), false, "past the device the words are another program's");
  assert.equal(harmlessOptionSlot("xcrun", undefined), false, "a vector with a computed element before");
  assert.equal(harmlessOptionSlot("git", ["log"]), false);
});

test("readsNextAsValue: the table for a program it knows, the code's pairing for one it does not", () => {
  assert.equal(readsNextAsValue("adb", "-s"), true);
  assert.equal(readsNextAsValue("log", "--start"), true);
  assert.equal(readsNextAsValue("osascript", "-e"), true, "the script is the option's value (code, but not an option)");
  assert.equal(readsNextAsValue("git", "--heads"), false, "git's row does not list it: a flag without a value");
  assert.equal(readsNextAsValue("git", "-c"), false, "a code-running option's value is no plain operand");
  assert.equal(readsNextAsValue("gemini", "--yolo"), false);
  assert.equal(readsNextAsValue("assistant-cli", "--prompt"), true, "unknown program: the pair the code wrote");
  assert.equal(readsNextAsValue(undefined, "-p"), true);
  assert.equal(readsNextAsValue(undefined, "-c"), false, "an unresolved program may be a shell");
  assert.equal(readsNextAsValue(undefined, "-e"), false);
  assert.equal(readsNextAsValue(undefined, "status"), false, "not an option");
  assert.equal(readsNextAsValue(undefined, "--depth=1"), false, "its value is glued");
});

test("python -m launches a module that reads the words after it as its own options; -c ends them", () => {
  assert.equal(launchesWithOption("python3", "-m"), true);
  assert.equal(launchesWithOption("python3", "-c"), false);
  assert.equal(launchesWithOption("node", "-e"), false);
});

test("a value right after a subcommand whose options give nothing is no argument injection; another subcommand of the same program still is", () => {
  assert.equal(inertOptionSlot("docker", ["login"]), true);
  assert.equal(inertOptionSlot("/usr/local/bin/podman", ["logout"]), true);
  assert.equal(inertOptionSlot("docker", ["pull"]), false);
  // Before the subcommand a value is read as a global option (`-H`, `--config`).
  assert.equal(inertOptionSlot("docker", []), false);
  assert.equal(inertOptionSlot("docker", undefined), false);
});

test("read-only commands: a program the table does not know is judged by the verbs the code fixes after it", () => {
  assert.equal(isReadOnlyCommand(["queuectl", "tickets", "list", undefined]), true);
  assert.equal(isReadOnlyCommand(["queuectl", "--json", "tickets", "view", undefined]), true);
  assert.equal(isReadOnlyCommand(["queuectl", "list-members", undefined]), true);
  // `data-set`: a noun whose second half is no verb.
  assert.equal(isReadOnlyCommand(["hostcli", "files", "list", "data-set", undefined]), true);
  // A write verb anywhere among the fixed words, or an option that writes, makes it more than a read.
  assert.equal(isReadOnlyCommand(["queuectl", "tickets", "delete", undefined]), false);
  assert.equal(isReadOnlyCommand(["queuectl", "list", "purge"]), false);
  assert.equal(isReadOnlyCommand(["queuectl", "set-config", "list"]), false);
  assert.equal(isReadOnlyCommand(["queuectl", "tickets", "list", "--output=out.json"]), false);
  assert.equal(isReadOnlyCommand(["queuectl", "list", "--force"]), false);
  // No verb the code fixes: the model's word (or nothing) says what runs.
  assert.equal(isReadOnlyCommand(["queuectl", undefined, "list"]), false);
  assert.equal(isReadOnlyCommand(["queuectl", "tickets", undefined]), false);
  assert.equal(isReadOnlyCommand(["queuectl"]), false);
});

test("script interpreters: the first operand of python, node or bash is a script file; PowerShell reads it as a command", () => {
  assert.equal(runsScriptFile("python3"), true);
  assert.equal(runsScriptFile("/usr/bin/node"), true);
  assert.equal(runsScriptFile("bash"), true);
  assert.equal(runsScriptFile("ruby"), true);
  assert.equal(runsScriptFile("powershell"), false);
  assert.equal(runsScriptFile("pwsh"), false);
  assert.equal(runsScriptFile("git"), false);
  assert.equal(runsScriptFile("queuectl"), false);
});

test("commands: an argv a helper builds from its parameters is instantiated at each call, through helpers that pass them on", () => {
  const helpers = `function bin(override = process.env.TAPE_CLI) { const chosen = override?.trim(); if (chosen) return chosen; return process.platform === "win32" ? "tapectl.cmd" : "tapectl"; }
function launch(file, argv) { return new Promise((resolve) => { const child = spawn(file, argv); child.on("close", resolve); child.kill(); }); }
function tape(sub, extra = []) { const argv = [...sub.trim().split(/\\s+/), ...extra]; return launch(bin(), argv); }
function tapeJson(sub, extra) { return tape(sub, [...extra, "--json"]); }`;
  assert.deepEqual(commands(`${helpers}\nfunction tool(pool) { return tapeJson("volume list", [pool]); }`), [["tapectl", "volume", "list", undefined, "--json"]]);
  assert.deepEqual(commands(`${helpers}\nfunction tool(id) { const a = [id]; return tape("volume delete --force", a); }`), [["tapectl", "volume", "delete", "--force", undefined]]);
  // Words split from a string the model fills are not pinned: the program is, what it does is not.
  assert.deepEqual(commands(`${helpers}\nfunction tool(action) { return tape(\`volume \${action}\`, []); }`), [["tapectl", undefined]]);
  // The program handed in by the caller is not the operator's choice.
  assert.equal(commands(`${helpers}\nfunction pick(file) { return launch(file, ["status"]); }\nfunction tool(file) { return pick(file); }`), undefined);
  assert.equal(commands(`function which(p = process.env.TAPE_CLI) { return p ?? "tapectl"; }\nfunction tool(p) { return execFileSync(which(p), ["volume", "list"]); }`), undefined);
  // A constant shell line with an options object is split into words as one without.
  assert.deepEqual(commands(`function tool() { return execSync("wsl hostname -I", { encoding: "utf8" }); }`, ["child_process Member[execSync]"]), [["wsl", "hostname", "-I"]]);
  // A constant line split into words in place.
  assert.deepEqual(commands(`function tool(id) { return execFileSync("tapectl", [..."volume show".split(" "), id]); }`), [["tapectl", "volume", "show", undefined]]);
});

test("read-only commands: the verbs of a wrapped vendor CLI decide", () => {
  assert.equal(isReadOnlyCommand(["tapectl", "volume", "list", undefined]), true);
  assert.equal(isReadOnlyCommand(["tapectl", "volume", "delete", "--force", undefined]), false);
  assert.equal(isReadOnlyCommand(["tapectl", undefined]), false);
});

test("read-only commands: a launcher into another system reads when the command it runs reads", () => {
  assert.equal(isReadOnlyCommand(["wsl", "hostname", "-I"]), true);
  assert.equal(isReadOnlyCommand(["wsl", "-d", undefined, "hostname", "--fqdn"]), true);
  assert.equal(isReadOnlyCommand(["wsl", "rm", "-rf", undefined]), false);
  assert.equal(isReadOnlyCommand(["wsl", "--shutdown"]), false);
  assert.equal(isReadOnlyCommand(["wsl", undefined]), false);
  assert.equal(isReadOnlyCommand(["hostname", "-s"]), true);
  assert.equal(isReadOnlyCommand(["hostname", undefined]), false);
  assert.equal(isReadOnlyCommand(["hostname", "build-box-7"]), false);
  assert.equal(runsOperandsAsCode("wsl"), true);
});
