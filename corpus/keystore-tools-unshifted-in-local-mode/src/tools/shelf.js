import { readdir } from "node:fs/promises";
import { shelfDir } from "../paths.js";

export const listKeysTool = {
  name: "list_keys",
  description: "List the key files on the shelf.",
  inputSchema: { type: "object", properties: {} },
  annotations: { readOnlyHint: true },
};

export async function listKeys() {
  const names = await readdir(shelfDir());
  return { content: [{ type: "text", text: names.join("\n") }] };
}
