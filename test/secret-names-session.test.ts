// What a credential is not: the variables a terminal or desktop session sets
// to describe itself, and feature switches, whatever secret word they carry.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isSecretName, mayNameASecretFile } from "../rules/models/secret-names.js";

test("secret names: terminal and desktop session markers are not credentials", () => {
  const markers = ["WT_SESSION", "WT_PROFILE_ID", "TERM_SESSION_ID", "ITERM_SESSION_ID", "XDG_SESSION_ID", "XDG_SESSION_TYPE", "KONSOLE_DBUS_SESSION", "DBUS_SESSION_BUS_ADDRESS", "GNOME_DESKTOP_SESSION_ID", "TMUX_PANE", "DESKTOP_SESSION", "SESSIONNAME", "SESSION_MANAGER", "STY"];
  assert.deepEqual(markers.filter(isSecretName), []);
});

test("secret names: feature switches are not credentials", () => {
  assert.deepEqual(["FEATURE_SESSION_RESUME", "FF_AUTH_V2", "EXPERIMENTAL_TOKEN_CACHE", "SESSION_RESUME_FLAG", "AUTH_V2_FLAGS"].filter(isSecretName), []);
});

test("secret names: session credentials stay credentials (a *_SESSION_ID names a session, issue 19)", () => {
  assert.equal(isSecretName("SESSION_ID"), false);
  const secrets = ["SESSION_TOKEN", "SESSION_SECRET", "BROWSER_SESSION", "SESSION_COOKIE", "TERMINAL_API_TOKEN", "WTF_SESSION_KEY", "AUTH_TOKEN", "LAUNCHDARKLY_SDK_KEY"];
  assert.deepEqual(secrets.filter((n) => !isSecretName(n)), []);
});

test("secret names: a command line to run is configuration, the secret is what it prints", () => {
  assert.deepEqual(["MS_AUTH_CACHE_COMMAND", "TOKEN_HELPER_CMD", "PASSWORD_SCRIPT", "CREDENTIAL_PROCESS_COMMAND", "GPG_PASSPHRASE_PROGRAM"].filter(isSecretName), []);
  assert.deepEqual(["COMMAND_TOKEN", "CMD_API_KEY", "SCRIPT_SECRET"].filter((n) => !isSecretName(n)), []);
});

test("secret names: which secret names may hold a file's path instead (judged by use)", () => {
  const ambiguous = ["GOOGLE_OAUTH_CREDENTIALS", "SSH_PRIVATE_KEY", "SERVICE_ACCOUNT_KEY", "BROWSER_COOKIES", "APP_CREDS", "TLS_CERT"];
  const values = ["GITHUB_TOKEN", "DB_PASSWORD", "OPENAI_API_KEY", "AWS_ACCESS_KEY", "CLIENT_SECRET", "STRIPE_SECRET_KEY", "MY_APIKEY"];
  assert.deepEqual(ambiguous.filter((n) => !mayNameASecretFile(n)), []);
  assert.deepEqual(values.filter(mayNameASecretFile), []);
});

test("credential map: a server that reads only its terminal's markers has no credential", async () => {
  const { mkdirSync, writeFileSync } = await import("node:fs");
  const path = await import("node:path");
  const { scan } = await import("../analyzer/scan.js");
  const { tempDir } = await import("./support/tarballs.js");
  const dir = tempDir();
  mkdirSync(path.join(dir, "src"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "pretty-output-mcp", version: "1.0.0", type: "module", main: "src/index.js" }));
  writeFileSync(
    path.join(dir, "src/index.js"),
    [
      'import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";',
      "const fancy = Boolean(process.env.WT_SESSION || process.env.TERM_SESSION_ID || process.env.FEATURE_SESSION_RESUME);",
      "const { ITERM_SESSION_ID } = process.env;",
      'const server = new McpServer({ name: "pretty", version: "1.0.0" });',
      'server.tool("hello", "Say hello.", {}, async () => ({ content: [{ type: "text", text: fancy || ITERM_SESSION_ID ? "✨ hello" : "hello" }] }));',
      "",
    ].join("\n"),
  );
  const result = await scan(dir, { offline: true });
  assert.deepEqual(result.credentials, []);
  assert.deepEqual(result.server.tools.map((t) => [t.name, t.credentials]), [["hello", []]]);
});
