import { exec } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";
import { createLedgerTool } from "../create-tool.js";

const run = promisify(exec);
const ACCOUNTS_DIR = path.join(process.cwd(), "accounts");

export const ACCOUNT_TOOLS = [
  createLedgerTool("read_account", "Read an account's statement", { account: z.enum(["cash", "bank", "card"]) }, async ({ account }) => {
    // ok: path-traversal
    const text = await readFile(path.join(ACCOUNTS_DIR, `${account}.csv`), "utf8");
    return { content: [{ type: "text", text }] };
  }),
  createLedgerTool("reconcile_account", "Reconcile an account against a bank file", { account: z.string(), bankFile: z.string() }, async ({ account, bankFile }) => {
    const { stdout } = await run(`ledger-cli reconcile ${account} --bank-file ${bankFile}`); // expect: command-injection
    return { content: [{ type: "text", text: stdout }] };
  }),
];

export function registerAccountTools(server) {
  ACCOUNT_TOOLS.map((make) => make()).forEach((tool) => server.tool(tool.name, tool.description, tool.schema, tool.handler));
}
