// config-plaintext-secret's fix text speaks each client's own language for
// referring to an environment variable, and says so when the client has none.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConfig } from "../analyzer/audit/config.js";
import { judgeConfig } from "../analyzer/audit/index.js";

const TOKEN = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";

function fixesFor(client: string, config: object, format: "json" = "json"): string[] {
  const file = parseConfig({ client, path: `/fake/${client}.json`, format }, JSON.stringify(config));
  return judgeConfig(file)
    .filter((f) => f.ruleId === "config-plaintext-secret")
    .map((f) => f.fix ?? "");
}

const inEnv = (key: string) => ({ mcpServers: { github: { command: "npx", args: ["-y", "@modelcontextprotocol/server-github@1.0.0"], env: { [key]: TOKEN } } } });

test("audit fix text: each client's own reference syntax", () => {
  assert.match(fixesFor("Claude Code", inEnv("GITHUB_TOKEN"))[0], /reference it as `\$\{GITHUB_TOKEN\}` \(Claude Code fills it/);
  assert.match(fixesFor("Cursor", inEnv("GITHUB_TOKEN"))[0], /reference it as `\$\{env:GITHUB_TOKEN\}` \(Cursor fills it/);
  const vscode = fixesFor("VS Code", { servers: { github: { type: "stdio", command: "npx", args: ["-y", "@modelcontextprotocol/server-github@1.0.0"], env: { GITHUB_TOKEN: TOKEN } } } });
  assert.match(vscode[0], /reference it as `\$\{env:GITHUB_TOKEN\}` .*or an `inputs` entry \(`\$\{input:id\}`\)/);
});

test("audit fix text: a client that expands nothing gets the env block and a keychain wrapper, never a syntax it ignores", () => {
  for (const client of ["Claude Desktop", "Zed"]) {
    const config = client === "Zed" ? { context_servers: { github: { command: { path: "npx", args: ["-y", "x@1.0.0"], env: { GITHUB_TOKEN: TOKEN } } } } } : inEnv("GITHUB_TOKEN");
    const [fix] = fixesFor(client, config);
    assert.ok(fix, client);
    assert.match(fix, new RegExp(`^Do not write it in the file: ${client} does not expand variables in its config: .*\`env\` block filled at launch by a wrapper script that reads it from the OS keychain`));
    assert.doesNotMatch(fix, /\$\{/, client);
  }
});

test("audit fix text: a secret on the command line or in a header gets the same per-client advice", () => {
  const [cli] = fixesFor("Claude Code", { mcpServers: { tavily: { command: "npx", args: ["-y", "tavily-mcp@1.0.0", "--api-key", TOKEN] } } });
  assert.match(cli, /^Move it out of the command line or URL into the server's env entry and reference it as `\$\{NAME\}`/);
  const [header] = fixesFor("Cursor", { mcpServers: { "my-api": { url: "https://mcp.example.com/mcp", headers: { Authorization: `Bearer ${TOKEN}` } } } });
  assert.match(header, /reference it as `\$\{env:MY_API_TOKEN\}`/);
});

test("audit --config: a file in a client's usual place is that client's; any other gets every client's syntax", async () => {
  const { mkdirSync, writeFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { audit } = await import("../analyzer/audit/index.js");
  const { tempDir } = await import("./support/tarballs.js");
  const root = tempDir();
  mkdirSync(join(root, ".cursor"));
  writeFileSync(join(root, ".cursor", "mcp.json"), JSON.stringify(inEnv("GITHUB_TOKEN")));
  writeFileSync(join(root, "servers.json"), JSON.stringify(inEnv("GITHUB_TOKEN")));
  const result = await audit({ configs: [join(root, ".cursor", "mcp.json"), join(root, "servers.json")] });
  assert.deepEqual(result.configs.map((c) => c.client), ["Cursor", "given"]);
  assert.match(result.configs[0].findings[0].fix, /`\$\{env:GITHUB_TOKEN\}` \(Cursor fills it/);
  assert.match(result.configs[1].findings[0].fix, /the client's own syntax \(Claude Code `\$\{GITHUB_TOKEN\}`, VS Code `\$\{env:GITHUB_TOKEN\}`, Cursor/);
});
