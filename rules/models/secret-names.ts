// Is an environment variable (or config key) a secret, judged by its name?
// The names people give tokens are the only thing a static analyzer sees of
// them, so this decides which env reads are credentials. Unlike CodeQL's
// heuristic, GITHUB_TOKEN, NPM_TOKEN, OPENAI_API_KEY and API_KEY are secrets:
// they are exactly what a malicious MCP server wants.
import { boundedMemo } from "../../analyzer/memo.js";

/** Words that make a name a secret wherever they appear as a whole word. */
const SECRET_WORDS = new Set([
  "TOKEN",
  "TOKENS",
  "SECRET",
  "SECRETS",
  "PASSWORD",
  "PASSWORDS",
  "PASSWD",
  "PWD",
  "PASS",
  "PASSPHRASE",
  "PASSCODE",
  "CREDENTIAL",
  "CREDENTIALS",
  "CREDS",
  "AUTH",
  "AUTHORIZATION",
  "COOKIE",
  "COOKIES",
  "SESSION",
  "PRIVATE",
  "DSN",
  "KEY",
  "KEYS",
  "APIKEY",
  "PAT",
  "JWT",
  "BEARER",
  "HMAC",
  "MNEMONIC",
  "WEBHOOK",
]);

/** Run-together spellings (`APITOKEN`, `ghToken` is split already): a word ending like this is a secret. */
const SECRET_WORD_ENDINGS = ["TOKEN", "SECRET", "PASSWORD", "PASSWD", "APIKEY"];

/**
 * A last word that says the variable describes a secret rather than holds it:
 * `AUTH_URL`, `TOKEN_ENDPOINT`, `KEY_FILE`, `PASSWORD_MIN_LENGTH`, `SSH_AUTH_SOCK`, `SESSION_TIMEOUT_SECONDS`.
 */
const DESCRIPTIVE_LAST_WORDS = new Set([
  "URL",
  "URLS",
  "URI",
  "ENDPOINT",
  "HOST",
  "HOSTS",
  "HOSTNAME",
  // Where a service is (`AUTH_SERVER`, `TOKEN_SERVER`, `AUTH_ORIGIN`), or which resource (`SECRET_ARN`): addresses and identifiers.
  "SERVER",
  "SERVERS",
  "ADDR",
  "ADDRESS",
  "ORIGIN",
  "ARN",
  "PORT",
  "PATH",
  "FILE",
  "FILENAME",
  "DIR",
  "FOLDER",
  "NAME",
  "ID",
  "IDS",
  "MODE",
  "TYPE",
  "METHOD",
  "ENABLED",
  "ENABLE",
  "DISABLED",
  "DISABLE",
  "REQUIRED",
  "PROVIDER",
  "TTL",
  "TIMEOUT",
  "EXPIRY",
  "EXPIRES",
  "EXPIRATION",
  "LENGTH",
  "SIZE",
  "LIMIT",
  "COUNT",
  "VERSION",
  "ALGORITHM",
  "ALG",
  "SCHEME",
  "REGION",
  "ISSUER",
  "AUDIENCE",
  "SCOPE",
  "SCOPES",
  "LEVEL",
  "FORMAT",
  "SOCK",
  "SOCKET",
  "PREFIX",
  "LOCATION",
  "DOMAIN",
  "REALM",
  "TENANT",
  "USER",
  "USERNAME",
  "EMAIL",
  "ROLE",
  "INTERVAL",
  // Units: `SESSION_TIMEOUT_SECONDS`, `TOKEN_TTL_MS`, `JWT_EXPIRES_IN_DAYS` hold a duration.
  "SECONDS",
  "SECS",
  "SEC",
  "MS",
  "MILLIS",
  "MILLISECONDS",
  "MINUTES",
  "MINS",
  "HOURS",
  "DAYS",
  "RETRIES",
  "STRATEGY",
  "CALLBACK",
  "REDIRECT",
  "STORE",
  "STORAGE",
  "HEADER",
  "FIELD",
  "PARAM",
  "VAR",
  "ENV",
  // Feature switches: `SESSION_RESUME_FLAG`, `AUTH_V2_FLAGS`.
  "FLAG",
  "FLAGS",
  // A program to run (`AUTH_CACHE_COMMAND`, `TOKEN_HELPER_CMD`, `PASSWORD_SCRIPT`): it prints a secret when run; the line itself is configuration.
  "COMMAND",
  "COMMANDS",
  "CMD",
  "SCRIPT",
  "PROGRAM",
  "BIN",
  "BINARY",
  "EXECUTABLE",
]);

/** URLs and DSNs that carry a password (`postgres://user:pw@host`): secrets even though they end in URL. */
const CREDENTIALED_URL_WORDS = new Set([
  "DATABASE",
  "DB",
  "MONGO",
  "MONGODB",
  "POSTGRES",
  "POSTGRESQL",
  "PG",
  "MYSQL",
  "MARIADB",
  "MSSQL",
  "SQL",
  "REDIS",
  "VALKEY",
  "AMQP",
  "RABBITMQ",
  "RABBIT",
  "CONNECTION",
  "CONN",
  "NEO4J",
  "CLICKHOUSE",
  "COUCHDB",
  "JDBC",
  "WEBHOOK",
]);
const URL_LIKE = new Set(["URL", "URI", "STRING", "STR"]);

/**
 * A service that stands beside a store and has an address of its own: its REST
 * API, router, admin page, dashboard, exporter. Written after the store's word
 * (`MYSQL_ROUTER_URL`, `REDIS_INSIGHT_URL`, `DB_ADMIN_URL`), it says the URL is
 * where that service answers, an address like any other `*_URL` (issue 19): its
 * login, when it needs one, has variables of its own. The store's own URL
 * (`DATABASE_URL`, `MYSQL_REPLICA_URL`, `PG_CONNECTION_STRING`) stays a
 * connection string that carries a password.
 */
const SERVICE_BESIDE_A_STORE = new Set([
  "ROUTER",
  "API",
  "REST",
  "HTTP",
  "HTTPS",
  "GRAPHQL",
  "ADMIN",
  "UI",
  "GUI",
  "WEB",
  "CONSOLE",
  "DASHBOARD",
  "PANEL",
  "PORTAL",
  "STUDIO",
  "BROWSER",
  "INSIGHT",
  "INSIGHTS",
  "EXPORTER",
  "METRICS",
  "MONITOR",
  "MONITORING",
  "HEALTH",
  "STATUS",
  "DOCS",
  "MANAGER",
  "MANAGEMENT",
  "GATEWAY",
]);

/** A `*_URL` whose words say it is a store's connection string: a store's word with no service beside it after. */
function namesCredentialedUrl(words: readonly string[]): boolean {
  let store = -1;
  for (let i = 0; i < words.length - 1; i++) if (CREDENTIALED_URL_WORDS.has(words[i])) store = i;
  if (store < 0) return false;
  return !words.slice(store + 1, -1).some((w) => SERVICE_BESIDE_A_STORE.has(w));
}

/** `SORT_KEY`, `PRIMARY_KEY`, `STRIPE_PUBLISHABLE_KEY`: keys that are not credentials. */
const NON_SECRET_KEY_MODIFIERS = new Set([
  "SORT",
  "CACHE",
  "PARTITION",
  "PRIMARY",
  "FOREIGN",
  "HOT",
  "SHORTCUT",
  "ROUTING",
  "LOOKUP",
  "OBJECT",
  "IDEMPOTENCY",
  "DEDUP",
  "DEDUPE",
  "PUBLIC",
  "PUBLISHABLE",
  "MAP",
  "HASH",
  "RANGE",
  "COMPOSITE",
  "UNIQUE",
  "GROUP",
  "MEMO",
  "REGISTRY",
  "CONFIG",
  "SETTINGS",
  // A tracker's or code-quality server's key of a thing: `COMPONENT_KEYS=web,api`, `PROJECT_KEY=OPS`, `ISSUE_KEY=OPS-12`.
  "COMPONENT",
  "PROJECT",
  "ISSUE",
  "ENTITY",
  "RECORD",
  "ITEM",
  "FIELD",
  "COLUMN",
  "DOCUMENT",
]);

/**
 * `MAX_TOKENS`, `OUTPUT_TOKEN_LIMIT`: LLM token counts, not tokens. So are the
 * ratios and margins of a token budget: `CHARS_PER_TOKEN`, `TOKEN_SAFETY_BUFFER`.
 */
const TOKEN_COUNT_WORDS = new Set(["MAX", "MIN", "NUM", "COUNT", "LIMIT", "BUDGET", "CONTEXT", "OUTPUT", "INPUT", "COMPLETION", "PROMPT", "CHUNK", "THINKING", "REASONING", "BUFFER", "RATIO"]);

/**
 * A first word that makes the name a switch about secrets, not a secret:
 * `MASK_SECRETS`, `ENABLE_TOKEN_PASSTHROUGH`, `SKIP_AUTH`, `requireAuth`.
 * (Not `VERIFY`/`REFRESH`/`LOG`: `VERIFY_TOKEN`, `REFRESH_TOKEN` and a log
 * service's `LOG_TOKEN` hold secrets.)
 */
const SETTING_VERBS = new Set(["MASK", "REDACT", "HIDE", "SHOW", "ENABLE", "DISABLE", "SKIP", "ALLOW", "REQUIRE", "NO", "USE", "IGNORE", "STRIP"]);

/**
 * First words of the variables a terminal, multiplexer or desktop session sets
 * to describe itself (`WT_SESSION` is Windows Terminal's session GUID,
 * `TERM_SESSION_ID` macOS Terminal's, `XDG_SESSION_ID` logind's,
 * `KONSOLE_DBUS_SESSION` a D-Bus object path): they say which window the
 * server runs in, they open nothing. A server that reads one to pick its
 * output style is not reading a credential.
 */
const SESSION_MARKER_PREFIXES = new Set(["WT", "TERM", "ITERM", "WEZTERM", "KITTY", "ALACRITTY", "KONSOLE", "TMUX", "XDG", "DBUS", "GNOME", "KDE"]);

/**
 * A first word that makes the name say which kind of credential is in use,
 * not hold one: `TYPE_TOKEN=USER`, `KIND_KEY=service` pick between token
 * kinds, like `TOKEN_TYPE` does with the words the other way round.
 */
const KIND_FIRST_WORDS = new Set(["TYPE", "KIND"]);

/**
 * A first word that makes the name a feature switch: `FEATURE_SESSION_RESUME`,
 * `FF_AUTH_V2`, `EXPERIMENTAL_TOKEN_CACHE` turn behaviour on or off.
 */
const FEATURE_FLAG_PREFIXES = new Set(["FEATURE", "FEATURES", "FF", "EXPERIMENTAL"]);

/** Names that look secret-ish by a word but are well-known plain settings. */
const NOT_SECRET_EXACT = new Set([
  "PWD",
  "OLDPWD",
  "PATH",
  "HOME",
  "NODE_ENV",
  "LOG_LEVEL",
  "PORT",
  "SSH_AUTH_SOCK",
  "GOOGLE_APPLICATION_CREDENTIALS",
  "AWS_SHARED_CREDENTIALS_FILE",
  "XAUTHORITY",
  "GPG_TTY",
  // Session markers set by the OS or a terminal (see SESSION_MARKER_PREFIXES).
  "DESKTOP_SESSION",
  "SESSIONNAME",
  "SESSION_MANAGER",
  "STY",
]);

/** Splits `githubToken`, `GITHUB_TOKEN`, `github-token` into upper-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toUpperCase());
}

/** True when a variable with this name holds a credential (token, key, password, credentialed URL...). Remembered: rules ask for every env read and every flow label. */
export const isSecretName: (name: string) => boolean = boundedMemo((name: string) => judgeSecretName(name));

function judgeSecretName(name: string): boolean {
  const upper = name.toUpperCase();
  if (NOT_SECRET_EXACT.has(upper) || /^NPM_(CONFIG|PACKAGE|LIFECYCLE)_/.test(upper) || /^npm_(config|package|lifecycle)_/.test(name)) return false;
  const words = nameWords(name);
  if (words.length === 0) return false;
  const last = words[words.length - 1];

  if (words.length > 1 && (SESSION_MARKER_PREFIXES.has(words[0]) || FEATURE_FLAG_PREFIXES.has(words[0]))) return false;
  if (URL_LIKE.has(last) && namesCredentialedUrl(words)) return true;
  // A cookie id is a bearer credential, unlike most ids. A session id names a session
  // (a daemon's socket, an MCP transport's session): an identifier like the rest.
  if (last === "ID" && words.length > 1 && words[words.length - 2] === "COOKIE") return true;
  if (DESCRIPTIVE_LAST_WORDS.has(last) || URL_LIKE.has(last)) return false;
  if (words.length > 1 && (SETTING_VERBS.has(words[0]) || KIND_FIRST_WORDS.has(words[0]))) return false;

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const isSecretWord = SECRET_WORDS.has(w) || SECRET_WORD_ENDINGS.some((e) => w.length > e.length && w.endsWith(e));
    if (!isSecretWord) continue;
    if ((w === "KEY" || w === "KEYS") && i > 0 && NON_SECRET_KEY_MODIFIERS.has(words[i - 1])) continue;
    if ((w === "TOKEN" || w === "TOKENS") && (words.some((x) => TOKEN_COUNT_WORDS.has(x)) || words[i - 1] === "PER")) continue;
    return true;
  }
  return false;
}

/**
 * Last words of names that hold a secret or the path of a file holding one:
 * `GOOGLE_OAUTH_CREDENTIALS=/home/me/oauth.json`, `SSH_PRIVATE_KEY=~/.ssh/id_ed25519`,
 * `BROWSER_COOKIES=./cookies.txt`. How the value is used decides (rules/util/secret-labels.ts).
 * `TOKEN`, `PASSWORD`, `API_KEY` are values by convention: not ambiguous.
 */
const FILE_OR_VALUE_LAST_WORDS = new Set(["CREDENTIALS", "CREDENTIAL", "CREDS", "KEY", "KEYS", "SECRETS", "COOKIE", "COOKIES", "SESSION", "AUTH", "CERT", "PEM", "KEYFILE", "KEYSTORE"]);
/** Words before `KEY` that make it an API key, a value by convention. */
const VALUE_KEY_MODIFIERS = new Set(["API", "ACCESS", "SECRET", "CLIENT", "LICENSE", "APP", "SUBSCRIPTION", "MASTER", "ADMIN", "SERVICE_ROLE", "ANON", "ROLE"]);

/**
 * True when a secret-looking name may hold a file's path instead of the secret
 * (its last word is one people use for both). Such a variable is judged by its
 * use: read as a file's path, its value names the file and the file's contents
 * are the secret.
 */
export function mayNameASecretFile(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (!last || !FILE_OR_VALUE_LAST_WORDS.has(last)) return false;
  if ((last === "KEY" || last === "KEYS") && words.length > 1 && VALUE_KEY_MODIFIERS.has(words[words.length - 2])) return false;
  return true;
}

/** True when a string could be an environment variable name (a static `process.env.X` read). */
export function isEnvName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

/** Words of names that hold what a person chose: a password may be short, so no slice of it is safe to show. */
const CHOSEN_SECRET_WORDS = new Set(["PASSWORD", "PASSWORDS", "PASSWD", "PWD", "PASS", "PASSPHRASE", "PASSCODE", "PIN", "MNEMONIC", "SEED"]);
/** Last words of names that hold a key or token a service issued (long and random; see MAX_KEPT_KEY_PREFIX). */
const ISSUED_LAST_WORDS = new Set(["TOKEN", "APIKEY", "KEY", "PAT", "JWT"]);

/**
 * True when a secret's name says a service issued it (`GITHUB_TOKEN`,
 * `OPENAI_API_KEY`, `META_ACCESS_TOKEN`), not that a person chose it
 * (`DB_PASSWORD`, `WALLET_MNEMONIC`) nor that it is a private key's text.
 */
export function namesIssuedKey(name: string): boolean {
  if (!isSecretName(name)) return false;
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (words.some((w) => CHOSEN_SECRET_WORDS.has(w) || w === "PRIVATE")) return false;
  if (last === "KEY") return words.length > 1 && VALUE_KEY_MODIFIERS.has(words[words.length - 2]);
  return ISSUED_LAST_WORDS.has(last) || SECRET_WORD_ENDINGS.some((e) => (e === "TOKEN" || e === "APIKEY") && last.endsWith(e));
}
