import { writeFile } from "node:fs/promises";
import path from "node:path";

const EXPORT_DIR = path.join(process.env.HOME ?? ".", "ledger-exports");

export async function exportRows(rows, outFile) {
  const target = path.join(EXPORT_DIR, outFile);
  await writeFile(target, rows.map((r) => r.join(",")).join("\n")); // expect: path-traversal
  return target;
}

export async function exportSummary(rows) {
  // ok: path-traversal
  await writeFile(path.join(EXPORT_DIR, "last-summary.csv"), String(rows.length));
}
