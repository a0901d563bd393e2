// code-injection: an untrusted value is compiled and run as JavaScript, or
// names the module that is loaded.
import type { GuardKind } from "../analyzer/taint/spec.js";
import type { Rule } from "./types.js";
import { declaredCapability } from "./util/declared-purpose.js";
import { reportFlow, untrustedFlows } from "./util/untrusted-flows.js";

const GUARDS: readonly GuardKind[] = ["literal-equality", "allow-list", "type-check", "sanitizer-call"];

const FIX = "Do not evaluate the value: parse it (JSON.parse, a small expression parser such as mathjs's `evaluate`) or map it to known functions with an allow-list; load modules only from a fixed list.";

export const codeInjection: Rule = {
  meta: {
    id: "code-injection",
    title: "Code injection",
    defaultSeverity: "critical",
    threat: "prompt-injection",
    cwe: [94],
    summary: "A tool argument is evaluated as code or chooses the module that is loaded.",
    description:
      "A value the model chooses reaches `eval`, `new Function`, `vm.runIn*Context`/`vm.Script`, a string `setTimeout`, or `require`/`import()` of a non-constant path. The caller then runs JavaScript with the server's full rights (`vm` is not a sandbox: `this.constructor.constructor('return process')()` escapes it). When the tool says this is what it is for (its name, description and schema declare the act and the argument is the whole code), the finding is a capability: medium or low, listed under \"What it can do\", and the permission policy asks before each call; it stays an injection when the value crosses a boundary the code or the tool's text meant to keep.",
    help: [
      "**Why it matters.** An expression tool that calls `eval(expression)` gives a prompt injection `require('child_process').execSync(...)`.",
      "",
      "**How to fix.** Parse instead of evaluating: a math expression parser, `JSON.parse`, or an allow-listed map from names to functions.",
      "",
      "```ts",
      "return eval(expression);               // runs anything",
      "return evaluate(expression);           // mathjs: arithmetic only",
      "```",
    ].join("\n"),
    precision: "high",
  },
  check(ctx) {
    for (const u of untrustedFlows(ctx, "code-injection", GUARDS)) {
      const capability = declaredCapability(ctx, u);
      reportFlow(ctx, u, "and is run as code", capability?.advice ?? FIX, undefined, "", capability);
    }
  },
};
