// The string form of a value carries only what its toString writes: a plain
// object prints "[object Object]", an Error "Name: message", an array its
// elements. Serializing the object whole (JSON.stringify, util.inspect) still
// carries every field. Each point has a twin that must still carry the secret.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint } from "./support/taint-harness.js";

const run = (code: string) => pairs(runTaint({ "main.js": code }));

test("a template, `+` or String() of a plain object does not carry its fields; of its secret field it does", () => {
  const code = [
    `const settings = { region: "eu", apiKey: process.env.A };`,
    `sink(\`settings: \${settings}\`);`,
    `sink("settings: " + settings);`,
    `sink(String(settings));`,
    `sink(\`key: \${settings.apiKey}\`);`,
    `sink(JSON.stringify(settings));`,
  ].join("\n");
  assert.deepEqual(run(code), ["A→test@5 (sanitized:shape:after-first-word+shape:after-text+shape:not-at-start)", "A→test@6 (sanitized:shape:no-leading-dash)"]);
});

test("an Error's string form carries its message, not the other fields set on it", () => {
  const code = [
    `const failure = new Error("request failed");`,
    `failure.config = { headers: { Authorization: process.env.A } };`,
    `sink(\`\${failure}\`);`,
    `sink(String(failure));`,
    `const loud = new Error(\`token \${process.env.B} refused\`);`,
    `sink(\`\${loud}\`);`,
    `sink(JSON.stringify(failure.config));`,
  ].join("\n");
  assert.deepEqual(run(code), ["A→test@7 (sanitized:shape:no-leading-dash)", "B→test@6 (sanitized:shape:after-first-word+shape:after-text+shape:not-at-start)"]);
});

test("an array joined writes each element in its string form: a string element carries, an object element's fields do not", () => {
  const code = [
    `const parts = ["login", { password: process.env.A }];`,
    `sink(parts.join(" "));`,
    `const words = ["token", process.env.B];`,
    `sink(words.join(" "));`,
    `sink(\`\${[process.env.C]}\`);`,
  ].join("\n");
  assert.deepEqual(run(code), ["B→test@4", "C→test@5"]);
});

test("an object with a toString of its own, and a URL, keep what they hold", () => {
  const code = [
    `const creds = { token: process.env.A, toString() { return this.token; } };`,
    `sink(\`\${creds}\`);`,
    `const u = new URL(process.env.B);`,
    `sink(\`\${u}\`);`,
  ].join("\n");
  assert.deepEqual(run(code), ["A→test@2", "B→test@4"]);
});
