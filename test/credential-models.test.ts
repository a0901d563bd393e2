// The credential models as tables: which names are secrets, which hosts are a
// vendor's or a collector's, which literals are provider tokens, which paths
// are credential stores.
import assert from "node:assert/strict";
import { test } from "node:test";
import { maskSecretsInText } from "../analyzer/mask.js";
import { collectorOf, hostAndPath, isLoopbackHost, isPublicIpAddress } from "../rules/models/collectors.js";
import { credentialCommandOf, credentialStoreOf, CREDENTIAL_PATH_PATTERN } from "../rules/models/credential-files.js";
import { isPlaceholderSecret, SECRET_FORMATS } from "../rules/models/secret-formats.js";
import { isSecretName } from "../rules/models/secret-names.js";
import { registrableDomain, vendorOfHost, vendorsOf, VENDORS } from "../rules/models/vendors.js";

const SECRETS = [
  "GITHUB_TOKEN",
  "PROJECT_API_KEY",
  "SONAR_PROJECT_TOKEN",
  // A token per tenant is still a token: only `X_PER_TOKEN` is a ratio.
  "PER_TENANT_TOKEN",
  "GH_TOKEN",
  "NPM_TOKEN",
  "NODE_AUTH_TOKEN",
  "OPENAI_API_KEY",
  "ANTHROPIC_API_KEY",
  "API_KEY",
  "APIKEY",
  "apiKey",
  "githubToken",
  "SECRET",
  "CLIENT_SECRET",
  "JWT_SECRET",
  "SESSION_SECRET",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "DB_PASSWORD",
  "MYSQL_PWD",
  "PGPASSWORD",
  "REDIS_PASSWD",
  "SMTP_PASS",
  "GPG_PASSPHRASE",
  "GOOGLE_CREDENTIALS",
  "SERVICE_ACCOUNT_CREDS",
  "AUTH_TOKEN",
  "AUTHORIZATION",
  "BASIC_AUTH",
  "SLACK_BOT_TOKEN",
  "SLACK_WEBHOOK_URL",
  "DISCORD_WEBHOOK",
  "SESSION_COOKIE",
  "COOKIE",
  "COOKIE_ID",
  "PRIVATE_KEY",
  "SSH_PRIVATE_KEY",
  "SENTRY_DSN",
  "CONNECTION_STRING",
  "AZURE_STORAGE_CONNECTION_STRING",
  "DATABASE_URL",
  "MONGODB_URI",
  "REDIS_URL",
  "POSTGRES_URL",
  "AMQP_URL",
  "GITHUB_PAT",
  "ACCESS_TOKEN",
  "REFRESH_TOKEN",
  "STRIPE_SECRET_KEY",
  "SUPABASE_SERVICE_ROLE_KEY",
  "SUPABASE_ANON_KEY",
  "ENCRYPTION_KEY",
  "SIGNING_KEY",
  "LICENSE_KEY",
  "WALLET_MNEMONIC",
  "HMAC_KEY",
  "BEARER_TOKEN",
  "TAVILY_API_KEY",
  "BRAVE_API_KEY",
  "LINEAR_API_KEY",
  "NOTION_TOKEN",
  "X_API_SECRET",
  "OAUTH_CLIENT_SECRET",
  "GITLAB_PERSONAL_ACCESS_TOKEN",
  "CF_API_TOKEN",
  "personalAccessToken",
  "VERIFY_TOKEN",
  "WHATSAPP_VERIFY_TOKEN",
  "TYPESENSE_API_KEY",
  "TYPEFORM_TOKEN",
  "KINDE_CLIENT_SECRET",
];

const NOT_SECRETS = [
  "PATH",
  "HOME",
  "NODE_ENV",
  "LOG_LEVEL",
  "PORT",
  "PWD",
  "COMPONENT_KEYS",
  "SONAR_PROJECT_KEY",
  "JIRA_ISSUE_KEY",
  "OLDPWD",
  "USER",
  "SHELL",
  "LANG",
  "TERM",
  "CI",
  "DEBUG",
  "HOST",
  "API_URL",
  "GITLAB_API_URL",
  "BASE_URL",
  "OPENAI_BASE_URL",
  "AUTH_URL",
  "OAUTH_CALLBACK_URL",
  "TOKEN_ENDPOINT",
  "KEYBOARD_LAYOUT",
  "KEYCLOAK_URL",
  "MAX_TOKENS",
  "OPENAI_MAX_TOKENS",
  "MAX_OUTPUT_TOKENS",
  "TOKEN_LIMIT",
  "LLM_CHARS_PER_TOKEN",
  "CONTEXT_TOKEN_SAFETY_BUFFER",
  "wordsPerToken",
  "SSH_AUTH_SOCK",
  "GOOGLE_APPLICATION_CREDENTIALS",
  "AWS_SHARED_CREDENTIALS_FILE",
  "AWS_ACCESS_KEY_ID",
  "CLIENT_ID",
  "KEY_FILE",
  "SSH_KEY_PATH",
  "PRIVATE_KEY_PATH",
  "SORT_KEY",
  "CACHE_KEY",
  "PRIMARY_KEY",
  "STRIPE_PUBLISHABLE_KEY",
  "VAPID_PUBLIC_KEY",
  "PASSWORD_MIN_LENGTH",
  "SESSION_TIMEOUT",
  "SESSION_TIMEOUT_SECONDS",
  // A session id names a session (a daemon's socket, a transport's session): an identifier, not a bearer credential.
  "SESSION_ID",
  "MCP_SESSION_ID",
  "CHROME_DEVTOOLS_MCP_SESSION_ID",
  "AUTH_SERVER",
  "TOKEN_SERVER",
  "AUTH_ORIGIN",
  "SECRET_ARN",
  "PROJECT_ID",
  "TENANT_ID",
  "DEVICE_ID",
  "ORG_ID",
  "TOKEN_TTL_MS",
  "JWT_EXPIRES_IN_DAYS",
  "AUTH_MODE",
  "AUTH_TYPE",
  "AUTH_ENABLED",
  "AUTHOR_NAME",
  "SECRETS_MANAGER_REGION",
  "KEY_VAULT_NAME",
  "DB_HOST",
  "DB_USER",
  "DB_NAME",
  "DB_PORT",
  "XDG_CONFIG_HOME",
  "APPDATA",
  "USERPROFILE",
  "TMPDIR",
  "npm_config_registry",
  "npm_package_version",
  "GITHUB_OWNER",
  "GITHUB_REPOSITORY",
  "MONKEY_MODE",
  "TURNKEY",
  "ALLOWED_DIRECTORIES",
  "TZ",
  "MASK_SECRETS",
  "ENABLE_TOKEN_PASSTHROUGH",
  "SKIP_AUTH",
  "requireAuth",
  "TYPE_TOKEN",
  "KIND_KEY",
];

test("secret names: table of secrets", () => {
  assert.ok(SECRETS.length + NOT_SECRETS.length >= 80);
  const missed = SECRETS.filter((n) => !isSecretName(n));
  assert.deepEqual(missed, []);
});

test("secret names: false friends are not secrets", () => {
  const flagged = NOT_SECRETS.filter((n) => isSecretName(n));
  assert.deepEqual(flagged, []);
});

test("vendors: at least 60 services, each with domains and name words", () => {
  assert.ok(VENDORS.length >= 60, `${VENDORS.length} vendors`);
  for (const v of VENDORS) {
    assert.ok(v.words.length > 0 && v.domains.length > 0, v.name);
    for (const d of v.domains) assert.match(d, /^[a-z0-9.-]+\.[a-z]+$/, `${v.name}: ${d}`);
  }
});

test("vendors: an env name points at its service", () => {
  const names = (n: string) => vendorsOf(n).map((v) => v.name);
  assert.deepEqual(names("GITHUB_TOKEN"), ["GitHub"]);
  assert.deepEqual(names("GH_TOKEN"), ["GitHub"]);
  assert.deepEqual(names("MY_GITLAB_PAT"), ["GitLab"]);
  assert.deepEqual(names("OPENAI_API_KEY"), ["OpenAI"]);
  assert.deepEqual(names("HUGGING_FACE_TOKEN"), ["Hugging Face"]);
  assert.deepEqual(names("NEW_RELIC_LICENSE_KEY"), ["New Relic"]);
  assert.deepEqual(names("EXAMPLE_KEY"), []);
  assert.deepEqual(names("API_KEY"), []);
});

test("vendors: a vendor's product domains are its own (Azure DevOps' visualstudio.com, Google's user-content host)", () => {
  assert.equal(vendorOfHost("app.vssps.visualstudio.com")?.name, "Microsoft Azure");
  assert.equal(vendorOfHost("lh3.googleusercontent.com")?.name, "Google");
  assert.equal(vendorOfHost("visualstudio.com.example.net"), undefined);
});

test("vendors: registrable domains", () => {
  assert.equal(registrableDomain("api.github.com"), "github.com");
  assert.equal(registrableDomain("a.b.example.co.uk"), "example.co.uk");
  assert.equal(registrableDomain("localhost"), "localhost");
});

test("collectors: request bins, tunnels, pastes, chat webhooks, OOB DNS and raw IPs", () => {
  const cat = (u: string) => collectorOf(u)?.category;
  assert.equal(cat("https://webhook.site/3f1c"), "request-bin");
  assert.equal(cat("https://eo7x1.m.pipedream.net"), "request-bin");
  assert.equal(cat("https://a1b2.ngrok-free.app/collect"), "tunnel");
  assert.equal(cat("https://pastebin.com/api/api_post.php"), "paste-site");
  assert.equal(cat("https://discord.com/api/webhooks/123/abc"), "chat-webhook");
  assert.equal(cat("https://api.telegram.org/bot123:AA/sendMessage"), "chat-webhook");
  assert.equal(cat("https://hooks.slack.com/services/T/B/x"), "chat-webhook");
  assert.equal(cat("x7.oast.fun"), "oob-dns");
  assert.equal(cat("http://45.77.12.9:8080/u"), "raw-ip");
  assert.equal(cat("https://discord.com/api/v10/channels/1/messages"), undefined);
  assert.equal(cat("https://api.telegram.org/file/x"), undefined);
  assert.equal(cat("https://api.github.com/user"), undefined);
  assert.equal(cat("http://127.0.0.1:11434/api"), undefined);
  assert.equal(cat("http://192.168.1.20/"), undefined);
  assert.equal(cat("/relative/path"), undefined);
});

test("collectors: host parsing and address classes", () => {
  assert.deepEqual(hostAndPath("https://user:pw@Example.com:8443/a?b"), { host: "example.com", path: "/a?b" });
  assert.deepEqual(hostAndPath("example.com/x"), { host: "example.com", path: "/x" });
  assert.equal(hostAndPath("/v1/users"), undefined);
  assert.ok(isLoopbackHost("localhost") && isLoopbackHost("127.0.0.1") && isLoopbackHost("[::1]"));
  assert.ok(isPublicIpAddress("8.8.8.8") && !isPublicIpAddress("10.0.0.1") && !isPublicIpAddress("172.20.0.1") && !isPublicIpAddress("999.1.1.1"));
});

// Built at run time so this file never holds a whole token.
const fake = (prefix: string, alphabet: string, n: number) => prefix + Array.from({ length: n }, (_, i) => alphabet[(i * 7 + 3) % alphabet.length]).join("");
const ALNUM = "aZ3kQ9mPx2Lr7TfB8wNc4YhD6sVg1JuE5";

test("secret formats: provider tokens are found and named", () => {
  const found = (s: string) => SECRET_FORMATS.find((f) => f.pattern.test(s))?.name;
  assert.equal(found(fake("ghp_", ALNUM, 36)), "GitHub personal access token");
  assert.equal(found(fake("npm_", ALNUM, 36)), "npm access token");
  assert.equal(found(fake("AKIA", "QWERTYUPLKJHGFDSAZXCVBNM234567", 16)), "AWS access key id");
  assert.equal(found(fake("xoxb-", "0123456789", 12) + "-" + fake("", ALNUM, 24)), "Slack token");
  assert.equal(found(fake("sk_live_", ALNUM, 24)), "Stripe secret key");
  assert.equal(found(fake("sk-proj-", ALNUM + "_-", 48)), "OpenAI API key");
  assert.equal(found(fake("sk-ant-api03-", ALNUM + "_-", 93)), "Anthropic API key");
  assert.equal(found(fake("AIza", ALNUM + "_-", 35)), "Google API key");
  assert.equal(found("-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"), "Private key");
  assert.equal(found("-----BEGIN RSA PRIVATE KEY-----"), undefined);
  assert.equal(found("postgres://app:" + fake("", ALNUM, 12) + "@db.prod.internal.example.net/app"), "Database URL with password");
  assert.equal(found("postgres://postgres:postgres@localhost:5432/app"), undefined);
  assert.equal(found("ghp_short"), undefined);
  assert.equal(found("pk_live_" + fake("", ALNUM, 24)), undefined);
});

test("secret formats: documentation placeholders are not secrets", () => {
  assert.ok(isPlaceholderSecret("ghp_" + "x".repeat(36)));
  assert.ok(isPlaceholderSecret("AKIAIOSFODNN7EXAMPLE"));
  assert.ok(isPlaceholderSecret("sk-proj-your-key-here-" + "0".repeat(30)));
  assert.ok(!isPlaceholderSecret(fake("ghp_", ALNUM, 36)));
});

test("mask: every format is masked in snippets", () => {
  const token = fake("ghp_", ALNUM, 36);
  const masked = maskSecretsInText(`const t = "${token}";`);
  assert.ok(!masked.includes(token));
  assert.match(masked, /ghp_\w\w…\(40 chars\)/);
  const key = fake("sk-ant-api03-", ALNUM, 93);
  assert.ok(!maskSecretsInText(key).includes(key.slice(10)));
});

test("credential stores: paths and commands", () => {
  const store = (p: string) => credentialStoreOf(p)?.name;
  assert.equal(store("~/.ssh/id_rsa"), "~/.ssh private keys");
  assert.equal(store("~/.ssh/*"), "~/.ssh private keys");
  assert.equal(store("$HOME/.ssh"), "~/.ssh private keys");
  assert.equal(store("~/.ssh/id_ed25519.pub"), undefined);
  assert.equal(store("~/.ssh/known_hosts"), undefined);
  assert.equal(store("C:\\Users\\*\\.aws\\credentials"), "~/.aws/credentials");
  assert.equal(store("~/.config/gh/hosts.yml"), "gh CLI hosts.yml");
  assert.equal(store("~/Library/Application Support/Claude/claude_desktop_config.json"), "Claude Desktop MCP config");
  assert.equal(store("~/.cursor/mcp.json"), "Cursor MCP config");
  assert.equal(store("$APPDATA/Code/User/mcp.json"), "VS Code MCP config");
  assert.equal(store("~/.config/google-chrome/Default/Login Data"), "browser saved passwords");
  assert.equal(store("~/.config/google-chrome/Default/Network/Cookies"), "browser cookies");
  assert.equal(store(".env"), ".env file");
  assert.equal(store("/srv/app/.env.production"), ".env file");
  assert.equal(store(".env.example"), undefined);
  assert.equal(store("~/.config/weather-mcp/config.json"), undefined);
  assert.equal(store("src/environment.ts"), undefined);
  assert.ok(CREDENTIAL_PATH_PATTERN.test("/home/u/.kube/config"));
  assert.ok(!CREDENTIAL_PATH_PATTERN.test("/home/u/projects/readme.md"));

  assert.equal(credentialCommandOf("security find-generic-password -s 'Chrome Safe Storage' -w")?.kind, "credential-command");
  assert.equal(credentialCommandOf("gh auth token")?.name, "gh auth token");
  assert.equal(credentialCommandOf("cat ~/.aws/credentials")?.kind, "credential-command");
  assert.equal(credentialCommandOf("printenv")?.kind, "env-whole");
  assert.equal(credentialCommandOf("git status"), undefined);
  assert.equal(credentialCommandOf("env NODE_ENV=production node server.js"), undefined);
});

test("a code host's token is its own service on the server the package's repository lives on, and only there", async () => {
  const { classifyHost, packageIdentity } = await import("../rules/util/destinations.js");
  const pkg = packageIdentity({ name: "acme-docs-mcp", homepage: "https://docs.acme.example", repositoryUrl: "git+https://git.acme.example/tools/acme-docs-mcp.git" } as Parameters<typeof packageIdentity>[0]);
  const gitlab = { name: "GITLAB_TOKEN", kind: "env" as const };
  assert.equal(classifyHost("https://git.acme.example/api/v4/projects", gitlab, pkg)?.class, "own-service");
  // Another host of the same company, and a vendor with no self-run servers, stay foreign.
  assert.equal(classifyHost("https://stats.acme.example/collect", gitlab, pkg)?.class, "foreign");
  assert.equal(classifyHost("https://git.acme.example/v1/chat", { name: "OPENAI_API_KEY", kind: "env" }, pkg)?.class, "foreign");
  // A repository on a shared code host names no server of the authors.
  const shared = packageIdentity({ name: "acme-docs-mcp", repositoryUrl: "https://gitlab.com/acme/acme-docs-mcp" } as Parameters<typeof packageIdentity>[0]);
  assert.equal(shared.repositoryHosts, undefined);
});
