import { readFile } from "node:fs/promises";
import path from "node:path";

// The catalog is a JSON file the operator edits: one entry per saved report.
export async function loadCatalog(dir) {
  const raw = await readFile(path.join(dir, "reports.json"), "utf8");
  const entries = JSON.parse(raw);
  const byName = new Map();
  for (const entry of entries) {
    byName.set(entry.id, {
      name: entry.id,
      description: entry.summary,
      inputSchema: { type: "object", properties: { outFile: { type: "string" }, period: { type: "string" } } },
      query: entry.query,
    });
  }
  return byName;
}
