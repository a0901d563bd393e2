// Which engine API keys are requests (error-detail-echo asks whether a
// function the engine reached sends one), and which OAuth client methods build
// a consent URL (the masking model's authorization-URL methods).
import assert from "node:assert/strict";
import { test } from "node:test";
import { isRequestApi } from "../rules/util/error-containment.js";
import { buildsAuthorizationUrl } from "../rules/models/masking.js";
import { parseFile } from "../analyzer/parse/index.js";
import { walk } from "../analyzer/parse/ast.js";
import type { TSESTree } from "@typescript-eslint/types";

test("a request is a client call itself, not a factory, a type test, or a call on what a request returned", () => {
  assert.equal(isRequestApi("axios"), true);
  assert.equal(isRequestApi("axios Member[get]"), true);
  assert.equal(isRequestApi("axios Member[create].ReturnValue.Member[post]"), true);
  assert.equal(isRequestApi("axios Member[Axios].Instance.Member[request]"), true);
  assert.equal(isRequestApi("axios Member[create]"), false);
  assert.equal(isRequestApi("axios Member[isAxiosError]"), false);
  assert.equal(isRequestApi("axios Member[create].ReturnValue.Member[interceptors].Member[response].Member[use]"), false);
  assert.equal(isRequestApi("axios Member[create].ReturnValue.Member[get].ReturnValue.Member[data].Member[map]"), false);
  assert.equal(isRequestApi("got Member[extend].ReturnValue.Member[get,post]"), true);
});

function calls(code: string): TSESTree.CallExpression[] {
  const module = parseFile({ path: "index.js", bytes: Buffer.from(code) }, []);
  assert.ok(module);
  const out: TSESTree.CallExpression[] = [];
  walk(module.ast, { enter: (n) => void (n.type === "CallExpression" && out.push(n)) });
  return out;
}

test("consent-URL builders are methods of a client; a function of the package's own naming is not one", () => {
  const [a, b, c, d] = calls("client.generateAuthUrl({}); oidc.authorizationUrl({}); oauth.authorizeURL({}); generateAuthUrl(secret);");
  assert.equal(buildsAuthorizationUrl(a), true);
  assert.equal(buildsAuthorizationUrl(b), true);
  assert.equal(buildsAuthorizationUrl(c), true);
  assert.equal(buildsAuthorizationUrl(d), false);
  const [e] = calls("client.getAccessToken()");
  assert.equal(buildsAuthorizationUrl(e), false);
});
