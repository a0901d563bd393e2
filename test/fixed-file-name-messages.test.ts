// A fixed file name under a folder the model picks: the finding's words say
// which file it is and why its name keeps the finding (path-traversal).
import assert from "node:assert/strict";
import { join } from "node:path";
import { before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { scan } from "../analyzer/scan.js";
import type { ScanResult } from "../analyzer/types.js";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
let result: ScanResult;
before(async () => {
  result = await scan(join(CORPUS, "path-fixed-file-name-under-chosen-folder"), { offline: true });
});

const messageOf = (tool: string) => result.findings.find((f) => f.ruleId === "path-traversal" && f.message.includes(`of \`${tool}\``))?.message ?? "";

test("a code-running name the code writes under the chosen folder is named, and why it matters", () => {
  assert.match(messageOf("add_check"), /`\.git\/hooks\/pre-commit`\), a name that runs code or grants access when written/);
  assert.match(messageOf("add_alias"), /`\.zshrc`\), a name that runs code/);
});

test("a secret's name the code reads under the chosen folder is named, and why it matters", () => {
  assert.match(messageOf("deploy_keys"), /`credentials`\), a name that holds a secret/);
});

test("a path the argument writes in full keeps the plain words", () => {
  assert.match(messageOf("read_log"), /as a file path, with no containment check that works/);
});
