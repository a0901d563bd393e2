import { readFile } from "node:fs/promises";

export async function handleContentTool(name, args) {
  if (name === "page_title") {
    return `title of ${String(args.page).slice(0, 80)}`;
  } else if (name === "read_page_source") {
    // expect: path-traversal
    return readFile(`./site/${args.page}`, "utf8");
  } else if (name === "count_links") {
    return String((String(args.page).match(/href=/g) ?? []).length);
  }
  throw new Error(`unknown content tool ${name}`);
}
