import { execFile, exec } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";

const run = promisify(exec);
const runFile = promisify(execFile);

export function registerInvoiceTools(ctx) {
  const { addTool, track } = ctx;
  addTool(
    "export_invoices",
    "Export the invoices of a period to a CSV file",
    { period: z.string(), fileName: z.string() },
    track("export_invoices", async ({ period, fileName }) => {
      const { stdout } = await run(`ledger-cli export --period ${period} --out ${fileName}`); // expect: command-injection
      return { content: [{ type: "text", text: stdout }] };
    }),
  );
  addTool("get_invoice", "One invoice by id", { id: z.string() }, async ({ id }) => {
    // ok: command-injection
    const { stdout } = await runFile("ledger-cli", ["invoice", "show", "--", id]);
    return { content: [{ type: "text", text: stdout }] };
  });
}
