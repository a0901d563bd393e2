// walkInScopes keeps the functions around each node by their source ranges,
// visiting only some node types; the stack must be the one a walk of every
// node keeps with `leave`, for JS and TS, nested, adjacent and concise functions.
import assert from "node:assert/strict";
import { test } from "node:test";
import { packageFromFiles } from "../analyzer/acquire/index.js";
import { FUNCTION_TYPES, isFunctionNode, walk, type Node } from "../analyzer/parse/ast.js";
import { parse } from "../analyzer/parse/index.js";
import { walkInScopes } from "../analyzer/mcp/scratch-files.js";
import type { ParsedModule } from "../analyzer/types.js";

const JS = `
const sweep = (dir) => files(dir).forEach((f) => unlink(f));
function outer(a) {
  function inner(b) { return remove(b, () => done(a)); }
  const later = async () => { await inner(a); };
  return [inner(1), later()];
}
class Store { save(p) { return write(p, () => log(p)); } static make() { return new Store(); } }
call(function () {}, () => 1, tail());
`;
const TS = `
export async function handler<T>(args: { path: string }, extra?: T): Promise<void> {
  const clean = (p: string): void => { rm(p); };
  for (const x of list(args.path)) clean(x as string);
}
export default class Tool { constructor(private readonly root: string) { init(() => this.root); } run = (p: string) => go(p); }
`;

function moduleOf(path: string, text: string): ParsedModule {
  const source = packageFromFiles("t", "directory", "/t", [{ path: "package.json", bytes: Buffer.from('{"name":"t"}') }, { path, bytes: Buffer.from(text) }], [], { seen: 0, skipped: 0 });
  return parse(source).modules[0];
}

/** What a walk of every node with `leave` gives: each visited node of `types` with the functions open at it. */
function byLeave(root: Node, module: ParsedModule, types: ReadonlySet<string>): string[] {
  const stack: Node[] = [module.ast];
  const out: string[] = [];
  walk(root, {
    enter(n) {
      if (isFunctionNode(n)) stack.push(n);
      if (types.has(n.type)) out.push(`${n.type}@${n.range[0]} in ${stack.map((s) => s.range[0]).join(",")}`);
    },
    leave(n) {
      if (isFunctionNode(n)) stack.pop();
    },
  });
  return out;
}

function byRanges(root: Node, module: ParsedModule, types: ReadonlySet<string>): string[] {
  const out: string[] = [];
  walkInScopes(root, module, types, (n, _parent, scopes) => void out.push(`${n.type}@${n.range[0]} in ${scopes.map((s) => s.node.range[0]).join(",")}`));
  return out;
}

for (const [path, text] of [["index.js", JS], ["src/tool.ts", TS]] as const) {
  test(`walkInScopes: the functions around each call are those a walk with leave keeps (${path})`, () => {
    const module = moduleOf(path, text);
    const types = new Set([...FUNCTION_TYPES, "CallExpression", "NewExpression", "Identifier"]);
    const expected = byLeave(module.ast, module, types);
    assert.ok(expected.length > 20);
    assert.deepEqual(byRanges(module.ast, module, types), expected);
    // From a function as the root (a handler's own functions), the module stays outermost.
    let first: Node | undefined;
    walk(module.ast, { enter: (n) => void (first ??= isFunctionNode(n) ? n : undefined) });
    assert.deepEqual(byRanges(first!, module, types), byLeave(first!, module, types));
  });
}

test("walkInScopes: false from the visit skips the node's subtree, as walkTypes does", () => {
  const module = moduleOf("index.js", JS);
  const seen: string[] = [];
  walkInScopes(module.ast, module, new Set([...FUNCTION_TYPES, "CallExpression"]), (n) => {
    if (n.type === "CallExpression") seen.push(module.text.slice(n.range[0], n.range[0] + 5));
    return isFunctionNode(n) && n.type === "FunctionDeclaration" ? false : undefined;
  });
  assert.deepEqual(seen, ["files", "files", "unlin", "write", "log(p", "call(", "tail("]);
});
