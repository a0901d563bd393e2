// The shape of a file path or command line an expression builds, with the
// parts a static reader cannot know written as `~`, `$HOME`, `$APPDATA` or `*`:
// `join(homedir(), ".ssh", name)` → `~/.ssh/*`. Credential stores are
// recognized by shape, whoever wrote the code and however they joined it.
import { isIdentifier, isMemberAccess, propertyName, unwrapExpression, type Node } from "../../analyzer/parse/ast.js";
import type { ConstantFolder } from "../../analyzer/program/constants.js";
import type { ParsedModule } from "../../analyzer/types.js";

const MAX_DEPTH = 12;

/** Env vars that name the user's home or profile folders. */
const HOME_VARS: Record<string, string> = {
  HOME: "$HOME",
  USERPROFILE: "$HOME",
  HOMEPATH: "$HOME",
  APPDATA: "$APPDATA",
  LOCALAPPDATA: "$LOCALAPPDATA",
  XDG_CONFIG_HOME: "$HOME/.config",
  XDG_DATA_HOME: "$HOME/.local/share",
};

const JOINERS = new Set(["join", "resolve", "normalize"]);

function calleeName(callee: Node): string | undefined {
  const c = unwrapExpression(callee);
  if (c.type === "Identifier") return c.name;
  if (c.type === "MemberExpression") return propertyName(c);
  return undefined;
}

/** The shape of a path or command expression (see the file comment). */
export function pathShape(node: Node, module: ParsedModule, folder: ConstantFolder, depth = 0): string {
  if (depth > MAX_DEPTH) return "*";
  const n = unwrapExpression(node);
  const constant = folder.string(n, module);
  if (constant !== undefined) return constant;
  const rec = (x: Node) => pathShape(x, module, folder, depth + 1);
  switch (n.type) {
    case "TemplateLiteral": {
      let out = n.quasis[0].value.cooked ?? "";
      n.expressions.forEach((e, i) => (out += rec(e) + (n.quasis[i + 1].value.cooked ?? "")));
      return out;
    }
    case "BinaryExpression":
      return n.operator === "+" ? rec(n.left as Node) + rec(n.right) : "*";
    case "LogicalExpression": {
      const left = rec(n.left);
      return left !== "*" ? left : rec(n.right);
    }
    case "ConditionalExpression": {
      const a = rec(n.consequent);
      return a !== "*" ? a : rec(n.alternate);
    }
    case "CallExpression": {
      const name = calleeName(n.callee);
      if (name === "homedir") return "~";
      if (name === "cwd") return ".";
      if (name === "tmpdir") return "/tmp";
      if (name && JOINERS.has(name)) return n.arguments.map((a) => (a.type === "SpreadElement" ? "*" : rec(a))).join("/");
      if (name === "replace" && n.callee.type === "MemberExpression") return rec(n.callee.object);
      return "*";
    }
    case "MemberExpression": {
      if (isMemberAccess(n.object, "process", "env")) {
        const v = propertyName(n);
        return (v && Object.hasOwn(HOME_VARS, v) ? HOME_VARS[v] : undefined) ?? "*";
      }
      const target = folder.resolve(n, module);
      return target && target.node !== n ? pathShape(target.node, target.module, folder, depth + 1) : "*";
    }
    case "Identifier": {
      if (n.name === "__dirname" || n.name === "__filename") return ".";
      const target = folder.resolve(n, module);
      return target && target.node !== n && !isIdentifier(target.node, n.name) ? pathShape(target.node, target.module, folder, depth + 1) : "*";
    }
    default:
      return "*";
  }
}

/** A path shape with separators unified and `~`/`$HOME` spelled alike, for matching and for people. */
export function normalizeShape(shape: string): string {
  return shape
    .replace(/\\+/g, "/")
    .replace(/\/{2,}/g, "/")
    .replace(/^\$HOME(?=\/|$)/, "~");
}
