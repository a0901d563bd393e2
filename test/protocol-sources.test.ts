// What findings say about sources that arrive through MCP's other parts: a
// resource template's variables, a prompt's arguments.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { scan } from "../analyzer/scan.js";
import { CORPUS_DIR } from "./support/corpus.js";

test("a resource template variable and a prompt argument are named as such, not as tool arguments", async () => {
  const result = await scan(path.join(CORPUS_DIR, "proto-resource-template-variable-joins-path"), { offline: true, rules: ["path-traversal", "sql-injection"] });
  assert.deepEqual(
    result.findings.map((f) => [f.ruleId, f.severity, f.message.split(" reaches ")[0]]),
    [
      ["path-traversal", "high", "Resource template variable `name` of resource `note`"],
      ["sql-injection", "high", "Prompt argument `tag` of prompt `tag_digest`"],
    ],
  );
});
