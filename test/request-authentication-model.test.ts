// Where a request carries its credentials: its headers and auth options are
// the authentication position, its URL, query and body are not (credential
// rules tell a key's own use from a key handed over as data by this).
import assert from "node:assert/strict";
import { test } from "node:test";
import { ALL_MODELS } from "../rules/models/index.js";
import { REQUEST_AUTHENTICATION_KIND } from "../rules/models/network.js";
import { runTaint } from "./support/taint-harness.js";

const authenticated = (code: string) =>
  [...new Set(runTaint({ "main.js": code }, {}, ALL_MODELS).hitsOf(REQUEST_AUTHENTICATION_KIND).flatMap((h) => h.flows.map((f) => `${f.label.name}@${h.location.line}`)))].sort();

test("fetch: a header carries the credential; the body and the query do not", () => {
  const code = [
    `fetch("https://api.example.com/v1", { headers: { Authorization: \`Bearer \${process.env.HEADER_KEY}\` }, body: JSON.stringify({ k: process.env.BODY_KEY }) });`,
    `fetch(\`https://api.example.com/v1?key=\${process.env.QUERY_KEY}\`);`,
    `const auth = () => ({ "X-Api-Key": process.env.HELPER_KEY });`,
    `fetch("https://api.example.com/v2", { method: "POST", headers: { ...auth(), accept: "application/json" } });`,
  ].join("\n");
  assert.deepEqual(authenticated(code), ["HEADER_KEY@1", "HELPER_KEY@4"]);
});

test("axios: instance default headers and per-request auth; data is not authentication", () => {
  const code = [
    `import axios from "axios";`,
    `const api = axios.create({ baseURL: "https://api.example.com", headers: { "PRIVATE-TOKEN": process.env.DEFAULT_KEY } });`,
    `api.post("/items", { token: process.env.DATA_KEY }, { auth: { username: "u", password: process.env.BASIC_PASS } });`,
  ].join("\n");
  assert.deepEqual(authenticated(code), ["BASIC_PASS@3", "DEFAULT_KEY@2"]);
});
