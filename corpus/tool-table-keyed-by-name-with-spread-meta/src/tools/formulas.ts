import vm from "node:vm";
import { FORMULA_META } from "../meta.js";
import { tool } from "../tool.js";

export function formulaTools() {
  return {
    evaluate_formula: tool({
      ...FORMULA_META.evaluate_formula,
      execute: async ({ formula, row }) => {
        const expression = formula.replace(/^=/, "").replace(/\b([A-Z]+)1\b/g, (_, col: string) => `row.${col}`);
        return vm.runInNewContext(expression, { row }); // expect: code-injection
      },
    }),
    column_letter: tool({
      ...FORMULA_META.column_letter,
      execute: async ({ column }) => {
        let n = column;
        let out = "";
        while (n > 0) {
          const r = (n - 1) % 26;
          out = String.fromCharCode(65 + r) + out;
          n = Math.floor((n - 1) / 26);
        }
        return out;
      },
    }),
  };
}
