// A registry's name says what it holds (issue 17): definitions handed to `registerTool` are tools;
// those handed only to a registry named for something else (`registerWorkflow`, `addCommand`) beside
// it are that registry's entries, however much they look like tools. With no tool registry to tell
// them apart, every definition still counts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractServer } from "../analyzer/mcp/index.js";
import { programOf } from "./support/program.js";

function toolNames(files: Record<string, string>): string[] {
  return extractServer(programOf(files, { "@modelcontextprotocol/sdk": "1.17.0", zod: "3.25.0" })).model.tools.map((t) => t.name).sort();
}

const registry = `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema, CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
const entries: any[] = [];
export function registerTool(def: any) { entries.push(def); }
const server = new Server({ name: "s", version: "1" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: entries.map((e) => ({ name: e.name, description: e.description, inputSchema: e.schema })) }));
server.setRequestHandler(CallToolRequestSchema, async (req) => entries.find((e) => e.name === req.params.name).execute(req.params.arguments));
`;

const recipes = `import { z } from "zod";
const book: Record<string, unknown> = {};
export function registerRecipe(key: string, recipe: unknown) { book[key] = recipe; }
export const soupRecipe = { name: "soup", description: "Cook a soup step by step", schema: z.object({ servings: z.number() }), execute: async (a: { servings: number }) => a.servings };
export const breadRecipe = { name: "bread", description: "Bake bread", schema: z.object({ loaves: z.number() }), execute: async (a: { loaves: number }) => a.loaves };
`;

test("definitions handed only to a registry named for something else are not tools when another registry takes tools", () => {
  const names = toolNames({
    "src/registry.ts": registry,
    "src/recipes.ts": `${recipes}registerRecipe("soup", soupRecipe);\nregisterRecipe("bread", breadRecipe);\n`,
    "src/tools.ts": `import { z } from "zod";
import { registerTool } from "./registry.js";
export const runRecipe = { name: "run_recipe", description: "Run a named recipe", schema: z.object({ recipe: z.string() }), execute: async (a: { recipe: string }) => a.recipe };
registerTool(runRecipe);
`,
  });
  assert.deepEqual(names, ["run_recipe"]);
});

test("twin: with no registry named for tools, definitions handed to another registry still count", () => {
  const names = toolNames({
    "src/registry.ts": registry.replace("export function registerTool(def: any) { entries.push(def); }", "export function registerEntry(def: any) { entries.push(def); }"),
    "src/recipes.ts": `${recipes}registerRecipe("soup", soupRecipe);\nregisterRecipe("bread", breadRecipe);\n`,
  });
  assert.deepEqual(names, ["bread", "soup"]);
});

test("twin: a definition handed to both a tool registry and another one is a tool", () => {
  const names = toolNames({
    "src/registry.ts": registry,
    "src/recipes.ts": `${recipes}import { registerTool } from "./registry.js";
registerRecipe("soup", soupRecipe);
registerRecipe("bread", breadRecipe);
registerTool(soupRecipe);
`,
  });
  // `bread` goes only to the recipe book: not a tool.
  assert.deepEqual(names, ["soup"]);
});
