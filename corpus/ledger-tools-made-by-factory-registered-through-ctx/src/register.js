import { registerInvoiceTools } from "./tools/invoices.js";
import { registerAccountTools } from "./tools/accounts.js";

const DISABLED = new Set((process.env.LEDGER_DISABLED_TOOLS ?? "").split(",").filter(Boolean));

export function registerLedgerTools(server) {
  const addTool = (toolName, ...args) => {
    if (DISABLED.has(toolName)) return false;
    server.tool(toolName, ...args);
    return true;
  };
  const track = (toolName, handler) => async (...args) => {
    console.error(`[ledger] ${toolName}`);
    return handler(...args);
  };
  const ctx = { addTool, track };
  registerInvoiceTools(ctx);
  registerAccountTools(server);
}
