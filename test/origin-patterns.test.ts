// Which regular expressions, tested on a URL before a request, pin where it
// goes (analyzer/taint/origin-patterns.ts): anchored, a scheme, a host part
// that cannot end or escape the authority, a domain written out, and a
// constant end of the authority. Each accepted form has a twin that pins
// nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { patternPinsOrigin } from "../analyzer/taint/origin-patterns.js";

const pins = (re: RegExp) => patternPinsOrigin(re.source, re.flags);

test("an anchored pattern with a closed host part and a fixed domain pins the origin", () => {
  assert.equal(pins(/^https?:\/\/[a-z]+\.atlas\.example\.org\/entry\//), true);
  assert.equal(pins(/^https:\/\/(www\.)?maps\.example\.net(\/|$)/i), true, "an optional label group, then a group of ends");
  assert.equal(pins(/^https:\/\/(?:[a-z0-9-]+\.)?example\.com(?:\/|\?|$)/), true);
  assert.equal(pins(/^(https?|wss?):\/\/api\.example\.com\//), true, "a group of schemes");
  assert.equal(pins(/^https:\/\/[\w.-]+\.example\.com\//), true, "word characters, dots and dashes cannot leave the host");
  assert.equal(pins(/^https:\/\/api\.example\.com$/), true, "the whole text");
});

test("a pattern that leaves the host open pins nothing", () => {
  assert.equal(pins(/https?:\/\/[a-z]+\.atlas\.example\.org\//), false, "not anchored");
  assert.equal(pins(/^https?:\/\/.+\.atlas\.example\.org\//), false, "`.` may be `/` or `@`");
  assert.equal(pins(/^https:\/\/[^/]+\.example\.com\//), false, "a negated class may hold `@`");
  assert.equal(pins(/^https:\/\/[!-~]+\.example\.com\//), false, "a range that spans `/` and `@`");
  assert.equal(pins(/^https:\/\/\S+\.example\.com\//), false);
  assert.equal(pins(/^https:\/\/[a-z]+\.com\//), false, "any name under a public suffix");
  assert.equal(pins(/^https:\/\/[a-z]e\.com\//), false, "a class glued to the label makes other domains");
  assert.equal(pins(/^https:\/\/api\.example\.com/), false, "no end of the authority: `.evil.net` may follow");
  assert.equal(pins(/^https:\/\/api\.example\.com\//m), false, "multi-line: `^` also matches after a line break");
  assert.equal(pins(/^https:\/\/api\.example\.com\//g), false, "stateful: a test resumes at lastIndex");
  assert.equal(pins(/^https:\/\/(api\.example\.com|evil\.net\/)\//), false, "a group whose alternative ends the host");
  assert.equal(pins(/^[a-z]+:\/\/localhost\//), false, "no domain written out");
});
