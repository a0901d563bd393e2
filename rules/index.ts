// Every rule, in catalog order (DESIGN.md). Adding a rule: write rules/<id>.ts,
// add it here, add positive and negative corpus cases.
import { installScript } from "./install-script.js";
import type { Rule } from "./types.js";

export const ALL_RULES: readonly Rule[] = [installScript];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.meta.id === id);
}
