import { db } from "../db.js";

export const REGION_TOOLS = [
  { name: "list_regions", description: "Lists the sales regions", inputSchema: { type: "object", properties: {} } },
];

export async function handleRegions(name, _args) {
  switch (name) {
    case "list_regions": {
      const [rows] = await db.query("SELECT code, label FROM regions ORDER BY code");
      return rows;
    }
    default:
      throw new Error(`Unknown tool: ${name}`);
  }
}
