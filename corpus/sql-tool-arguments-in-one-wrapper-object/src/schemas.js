import { z } from "zod";

export const statementInput = z.object({
  statement: z.string().describe("The SQL statement to execute"),
  warehouse: z.string().optional().describe("Warehouse to run it in"),
});

export const countInput = z.object({
  table: z.string().describe("Table whose rows are counted"),
});

export const filterInput = z.object({
  where: z.string().describe("Condition on the orders"),
});
