// Writes docs/rules.md from the rule metadata (reports/rule-catalog.ts).
// `npm run docs:rules`; `--check` exits 1 when the file on disk is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderRuleCatalog } from "../reports/rule-catalog.js";
import { ALL_RULES, CONFIG_RULE_IDS } from "../rules/index.js";

const target = fileURLToPath(new URL("../../docs/rules.md", import.meta.url));
const rendered = renderRuleCatalog(ALL_RULES, CONFIG_RULE_IDS);
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // missing counts as stale
  }
  if (current !== rendered) {
    process.stderr.write("docs/rules.md is stale: run `npm run docs:rules`\n");
    process.exit(1);
  }
} else {
  writeFileSync(target, rendered);
  process.stdout.write(`wrote docs/rules.md (${ALL_RULES.length} rules)\n`);
}
