// Library APIs a function calls only under a development check.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DevOnlyApis } from "../analyzer/mcp/dev-only.js";
import { ConstantFolder, relativeResolver } from "../analyzer/program/constants.js";
import { walk, type Node } from "../analyzer/parse/ast.js";
import { programOf } from "./support/program.js";

function devOnly(body: string): string[] {
  const program = programOf({ "src/index.js": `import fs from "node:fs";\nexport function f(x) {\n${body}\n}` });
  let fn: Node | undefined;
  walk(program.modules[0].ast, {
    enter(n) {
      if (n.type === "FunctionDeclaration") fn = n;
    },
  });
  return [...new DevOnlyApis(program, new ConstantFolder(relativeResolver(program.byPath))).of(fn!)].sort();
}

test("dev-only APIs: if, &&, ternary and a nested callback under NODE_ENV === development", () => {
  assert.deepEqual(devOnly(`if (process.env.NODE_ENV === "development") { fs.mkdirSync("logs"); fs.writeFileSync("logs/x", x); }`), ["fs Member[mkdirSync]", "fs Member[writeFileSync]"]);
  assert.deepEqual(devOnly(`process.env.NODE_ENV == "dev" && fs.writeFileSync("x", x);\n"test" === process.env.NODE_ENV ? fs.appendFileSync("y", x) : null;`), ["fs Member[appendFileSync]", "fs Member[writeFileSync]"]);
  assert.deepEqual(devOnly(`if (x && process.env.NODE_ENV === "development") [1].forEach(() => fs.rmSync("tmp"));`), ["fs Member[rmSync]"]);
});

test("dev-only APIs: production checks, the else branch, and an API also called outside the check do not count", () => {
  assert.deepEqual(devOnly(`if (process.env.NODE_ENV !== "production") fs.writeFileSync("x", x);`), []);
  assert.deepEqual(devOnly(`if (process.env.NODE_ENV === "development") {} else { fs.writeFileSync("x", x); }`), []);
  assert.deepEqual(devOnly(`if (process.env.NODE_ENV === "development") fs.writeFileSync("x", x);\nfs.writeFileSync("y", x);`), []);
  assert.deepEqual(devOnly(`if (process.env.DEBUG) fs.writeFileSync("x", x);`), []);
});
