// A dependency no model describes, called to keep a path safe and handing it
// back (statements.ts `unreadPathCheckMark`): its result carries the check's
// name, so the path rule can say "verify this" instead of "unchecked". Names
// that say nothing of safety, or nothing of paths, mark nothing; the
// package's own helpers are judged by their bodies, never by their names.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint } from "./support/taint-harness.js";

const cases: [string, string, string[]][] = [
  [
    "a dependency's safe-path helper handing the path back",
    `import { toSafeFilePath } from "@tidy-kit/paths";\nconst p = toSafeFilePath(process.env.A);\nsink(p);`,
    ["A→test@3 (sanitized:check:unread `toSafeFilePath(process.env.A)` at main.js:2)"],
  ],
  [
    "a dependency's traversal check called as a method",
    `import kit from "@tidy-kit/paths";\nsink(kit.rejectDirTraversal(process.env.A));`,
    ["A→test@2 (sanitized:check:unread `kit.rejectDirTraversal(process.env.A)` at main.js:2)"],
  ],
  [
    "a dependency's name with nothing about safety",
    `import { normalizeFileName } from "@tidy-kit/paths";\nsink(normalizeFileName(process.env.A));`,
    ["A→test@2"],
  ],
  [
    "a dependency's safety word with nothing about paths",
    `import { safeTrim } from "@tidy-kit/paths";\nsink(safeTrim(process.env.A));`,
    ["A→test@2"],
  ],
  [
    "the package's own helper with a safe-path name is read, not trusted by name",
    `function toSafeFilePath(p) { return p.trim(); }\nsink(toSafeFilePath(process.env.A));`,
    ["A→test@2"],
  ],
];

for (const [name, code, expected] of cases) {
  test(`unread path helpers: ${name}`, () => {
    assert.deepEqual(pairs(runTaint({ "main.js": code })), expected);
  });
}
