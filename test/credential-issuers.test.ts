// A login file belongs to the service that wrote it: its tokens sent to that
// service's hosts go where they were issued; any other host, and any file
// that holds other services' keys, stays foreign.
import assert from "node:assert/strict";
import { test } from "node:test";
import { credentialStoreOf } from "../rules/models/credential-files.js";
import { classifyHost } from "../rules/util/destinations.js";

const PKG = { domains: [], words: ["RENDER", "QUEUE"] };

test("a login file's tokens at their issuer's hosts are own-service; elsewhere foreign", () => {
  const login = credentialStoreOf("~/.codex/auth.json");
  assert.equal(login?.name, "Codex login");
  const ref = { name: login!.name, kind: "file" as const };
  assert.equal(classifyHost("https://auth.openai.com/oauth/token", ref, PKG)?.class, "own-service");
  assert.equal(classifyHost("https://chatgpt.com/backend-api/x", ref, PKG)?.class, "own-service");
  assert.equal(classifyHost("https://relay.example.net/v1", ref, PKG)?.class, "foreign");
  // A file is no package's own: the package's name in the host does not make it the issuer.
  assert.equal(classifyHost("https://api.renderqueue.example/v1", ref, PKG)?.class, "foreign");
});

test("an agent's config file (other servers' keys) has no issuer", () => {
  const config = credentialStoreOf("~/.codex/config.toml");
  assert.equal(config?.name, "Codex config");
  assert.equal(classifyHost("https://chatgpt.com/backend-api/x", { name: config!.name, kind: "file" }, PKG)?.class, "foreign");
});
