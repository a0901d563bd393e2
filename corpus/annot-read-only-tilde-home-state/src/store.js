// The server's own settings and index, in a hidden folder it names under `~`. Node does not expand
// `~`: the files land in the home (where the shell spelled it) or in a folder named `~`, a folder
// the code names either way. Writing the default settings when they are missing, or refreshing the
// index, changes no file of the user's.
import fs from "node:fs/promises";
import path from "node:path";

const SETTINGS = "~/.recipe-box/settings.json";
const INDEX = path.resolve("~", ".recipe-box", "index.json");

export async function loadSettings() {
  try {
    return JSON.parse(await fs.readFile(SETTINGS, "utf8"));
  } catch {
    const defaults = { units: "metric", folders: [] };
    await fs.mkdir(path.dirname(SETTINGS), { recursive: true });
    await fs.writeFile(SETTINGS, JSON.stringify(defaults));
    return defaults;
  }
}

export async function refreshIndex(recipes) {
  await fs.writeFile(INDEX, JSON.stringify(recipes.map((r) => r.title)));
}

// Not the server's: a visible folder of the home, where the user keeps documents, and a shell's startup file.
export async function exportShoppingList(items) {
  await fs.writeFile(`${process.env.HOME ?? "~"}/Documents/shopping-list.md`, items.map((i) => `- ${i}`).join("\n"));
}

export async function addAlias() {
  await fs.appendFile("~/.bashrc", "\nalias recipes='mcp-recipe-box'\n");
}
