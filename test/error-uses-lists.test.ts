// How a caught error handed to a helper that takes a rest list is used: a
// list joined as text holds the error's string form ("Name: message"); a
// list spread into a log call, or an element read back, is the error whole.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { TSESTree } from "@typescript-eslint/types";
import { walk, type Node } from "../analyzer/parse/ast.js";
import { parseFile } from "../analyzer/parse/index.js";
import type { FunctionNode } from "../analyzer/taint/spec.js";
import { httpErrorShape } from "../rules/models/errors.js";
import { errorUses } from "../rules/util/error-uses.js";

function usesIn(code: string): string[] {
  const module = parseFile({ path: "index.js", bytes: Buffer.from(code) }, []);
  assert.ok(module);
  const functions = new Map<string, FunctionNode>();
  let handler: TSESTree.CatchClause | undefined;
  walk(module.ast, {
    enter(n: Node) {
      if (n.type === "FunctionDeclaration" && n.id) functions.set(n.id.name, n);
      if (n.type === "CatchClause") handler = n;
    },
  });
  assert.ok(handler?.param?.type === "Identifier");
  const env = {
    resolve: (call: TSESTree.CallExpression) => {
      const fn = call.callee.type === "Identifier" ? functions.get(call.callee.name) : undefined;
      return fn ? [{ fn, module }] : [];
    },
    isHandler: () => false,
  };
  return errorUses(handler.body, handler.param.name, module, env, httpErrorShape("axios"))
    .map((u) => `${u.sink}@${u.sinkNode.loc.start.line}:${u.read}`)
    .sort();
}

test("a rest list joined as text, or mapped through String, holds no field of the error", () => {
  const code = [
    `function emit(level, ...parts) { process.stderr.write(level + " " + parts.join(" ") + "\\n"); }`,
    `function emitEach(...parts) { process.stderr.write(parts.map(String).join(" | ")); }`,
    `try { run(); } catch (err) {`,
    `  emit("error", "failed", err);`,
    `  emitEach("failed", err);`,
    `}`,
  ].join("\n");
  assert.deepEqual(usesIn(code), []);
});

test("a rest list spread into console.error, an element read back, or a serialized error joined, shows the error", () => {
  const code = [
    `function emitRaw(level, ...parts) { console.error(level, ...parts); }`,
    `function emitFirst(...parts) { console.error(parts[0]); }`,
    `function emit(level, ...parts) { process.stderr.write(parts.join(" ")); }`,
    `try { run(); } catch (err) {`,
    `  emitRaw("error", "failed", err);`,
    `  emitFirst(err);`,
    `  emit("error", JSON.stringify(err));`,
    `}`,
  ].join("\n");
  assert.deepEqual(usesIn(code), ["log@1:whole", "log@2:whole", "log@3:whole"]);
});
