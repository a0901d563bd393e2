import { z } from "zod";

export const FORMULA_META = {
  evaluate_formula: {
    description: "Evaluate a spreadsheet formula against a row of values",
    parameters: z.object({
      formula: z.string().describe("Formula such as =A1*B1"),
      row: z.record(z.number()).describe("Cell values by column letter"),
    }),
  },
  column_letter: {
    description: "Convert a 1-based column number to its letter (28 → AB)",
    parameters: z.object({ column: z.number().int().positive() }),
  },
};
