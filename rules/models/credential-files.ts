// Credential stores on disk and commands that print credentials. A read of one
// is a `credential-file` (or `credential-command`) source whose label is the
// path or command; rules map it back to a store with `credentialStoreOf`.
import type { LibraryModel, SourceRow } from "../../analyzer/taint/spec.js";

export type CredentialStoreCategory = "ssh" | "cloud" | "registry" | "git" | "containers" | "dotenv" | "browser" | "wallet" | "mcp-config" | "password-store" | "database";

export interface CredentialStore {
  /** How people call it: `~/.aws/credentials`. The credential map's name for it. */
  name: string;
  category: CredentialStoreCategory;
  /** Matched against a path shape (forward slashes; `~`, `$HOME` or `*` where a part is not constant). */
  pattern: RegExp;
  /**
   * A login file one service writes for its own tokens (a CLI's `login`
   * command): the registrable domains of that service. Its tokens sent there
   * (a refresh at the token endpoint, the API they open) go where they were
   * issued; sent anywhere else, they are stolen.
   */
  issuedBy?: readonly string[];
}

const S = "[\\\\/]"; // a path separator, either way
const store = (name: string, category: CredentialStoreCategory, pattern: string, issuedBy?: readonly string[]): CredentialStore => ({ name, category, pattern: new RegExp(pattern, "i"), ...(issuedBy ? { issuedBy } : {}) });

export const CREDENTIAL_STORES: readonly CredentialStore[] = [
  store("~/.ssh private keys", "ssh", `(^|${S})\\.ssh(${S}(?!known_hosts|config$|authorized_keys|[^\\\\/]*\\.pub$)[^\\\\/]*)?$`),
  store("~/.aws/credentials", "cloud", `\\.aws${S}credentials$`),
  store("gcloud credentials", "cloud", `gcloud${S}(credentials\\.db|access_tokens\\.db|application_default_credentials\\.json|legacy_credentials)`),
  store("Azure CLI tokens", "cloud", `\\.azure${S}(accessTokens\\.json|msal_token_cache)`),
  store("~/.kube/config", "containers", `\\.kube${S}config$`),
  store("~/.docker/config.json", "containers", `\\.docker${S}config\\.json$`),
  store("~/.npmrc", "registry", `(^|${S})\\.npmrc$`),
  store("~/.pypirc", "registry", `(^|${S})\\.pypirc$`),
  store("cargo credentials", "registry", `\\.cargo${S}credentials(\\.toml)?$`),
  store("gem credentials", "registry", `\\.gem${S}credentials$`),
  store("Terraform credentials", "cloud", `\\.terraform\\.d${S}credentials\\.tfrc\\.json$`),
  store("~/.netrc", "git", `(^|${S})[._]netrc$`),
  store("~/.git-credentials", "git", `(\\.git-credentials|\\.config${S}git${S}credentials)$`),
  store("gh CLI hosts.yml", "git", `gh${S}hosts\\.ya?ml$`),
  store("~/.pgpass", "database", `(^|${S})\\.pgpass$`),
  store("~/.my.cnf", "database", `(^|${S})\\.my\\.cnf$`),
  store(".env file", "dotenv", `(^|${S})\\.env(\\.(?!example$|sample$|template$|dist$|defaults$)[\\w.-]+)?$`),
  store("browser saved passwords", "browser", `${S}(Login Data|Web Data)( For Account)?$|${S}logins\\.json$|${S}key[34]\\.db$`),
  store("browser cookies", "browser", `${S}(Network${S})?Cookies$|${S}cookies\\.sqlite$`),
  store("browser Local State (cookie key)", "browser", `${S}Local State$`),
  store("crypto wallet", "wallet", `wallet\\.dat$|${S}(\\.?electrum|Exodus|\\.?ethereum)${S}.*(wallet|keystore)|solana${S}id\\.json$|nkbihfbeogaeaoehlefnkodbefgpgknn|bfnaelmomeimhlpmgjnjophhpkkoljpa|${S}\\.config${S}solana`),
  store("macOS keychain", "password-store", `Keychains${S}[^\\\\/]*\\.keychain(-db)?$`),
  store("pass password store", "password-store", `\\.password-store(${S}|$)`),
  store("GnuPG keyring", "password-store", `\\.gnupg(${S}|$)`),
  store("~/.vault-token", "password-store", `\\.vault-token$`),
  store("Claude Desktop MCP config", "mcp-config", `claude_desktop_config\\.json$`),
  store("Claude Code config", "mcp-config", `(^|${S})\\.claude\\.json$|\\.claude${S}\\.credentials\\.json$`),
  store("Cursor MCP config", "mcp-config", `\\.cursor${S}mcp\\.json$`),
  store("project .mcp.json", "mcp-config", `(^|${S})\\.mcp\\.json$`),
  store("VS Code MCP config", "mcp-config", `(Code|Code - Insiders|\\.vscode)${S}(User${S})?mcp\\.json$`),
  store("Windsurf MCP config", "mcp-config", `windsurf${S}mcp_config\\.json$`),
  store("Gemini CLI settings", "mcp-config", `\\.gemini${S}settings\\.json$`),
  // The MCP servers of config.toml hold other services' keys; auth.json holds only the Codex login (`codex login`).
  store("Codex config", "mcp-config", `\\.codex${S}config\\.toml$`),
  store("Codex login", "mcp-config", `\\.codex${S}auth\\.json$`, ["openai.com", "chatgpt.com"]),
];

/** The store a path shape points into, if any. */
export function credentialStoreOf(pathShape: string): CredentialStore | undefined {
  const p = pathShape.replace(/\\/g, "/");
  return CREDENTIAL_STORES.find((s) => s.pattern.test(p));
}

/** One pattern for the engine's `requiresMatch`: any store. */
export const CREDENTIAL_PATH_PATTERN = new RegExp(CREDENTIAL_STORES.map((s) => `(?:${s.pattern.source})`).join("|"), "i");

export interface CredentialCommand {
  name: string;
  pattern: RegExp;
  /** `env-whole` for commands that print the whole environment. */
  kind: "credential-command" | "env-whole";
}

/** Shell lines that print credentials (matched on the constant command text). */
export const CREDENTIAL_COMMANDS: readonly CredentialCommand[] = [
  { name: "macOS keychain (security)", pattern: /\bsecurity\s+(find-generic-password|find-internet-password|dump-keychain)\b/, kind: "credential-command" },
  { name: "gh auth token", pattern: /\bgh\s+auth\s+(token|status\s+(-t|--show-token))\b/, kind: "credential-command" },
  { name: "gcloud access token", pattern: /\bgcloud\s+auth\s+(print-access-token|print-identity-token|application-default\s+print-access-token)\b/, kind: "credential-command" },
  { name: "aws credentials (cli)", pattern: /\baws\s+(configure\s+(get|export-credentials)|sts\s+get-session-token|ecr\s+get-login-password)\b/, kind: "credential-command" },
  { name: "az access token", pattern: /\baz\s+account\s+get-access-token\b/, kind: "credential-command" },
  { name: "1Password CLI", pattern: /\bop\s+(read|item\s+get)\b/, kind: "credential-command" },
  { name: "git credential fill", pattern: /\bgit\s+credential(-\w+)?\s+(fill|get)\b/, kind: "credential-command" },
  { name: "npm token", pattern: /\bnpm\s+(token\s+list|config\s+get\s+.*_auth)/, kind: "credential-command" },
  { name: "credential file via shell", pattern: /\b(cat|type|more|less|head|tail|base64|xxd|Get-Content)\s+[^|;&]*(\.ssh[\\/]|\.aws[\\/]credentials|\.npmrc|\.netrc|\.git-credentials|\.kube[\\/]config|\.docker[\\/]config\.json|gh[\\/]hosts\.yml|claude_desktop_config\.json|\.env\b)/, kind: "credential-command" },
  { name: "the whole environment (printenv)", pattern: /^\s*(printenv|env|set|export\s+-p|Get-ChildItem\s+env:|gci\s+env:|dir\s+env:)\s*$/i, kind: "env-whole" },
];

/** The credential command a constant shell line runs, if any. */
export function credentialCommandOf(command: string): CredentialCommand | undefined {
  return CREDENTIAL_COMMANDS.find((c) => c.pattern.test(command));
}

const COMMAND_PATTERN_CREDENTIAL = new RegExp(CREDENTIAL_COMMANDS.filter((c) => c.kind === "credential-command").map((c) => `(?:${c.pattern.source})`).join("|"));
const COMMAND_PATTERN_ENV = new RegExp(CREDENTIAL_COMMANDS.filter((c) => c.kind === "env-whole").map((c) => `(?:${c.pattern.source})`).join("|"), "i");

/** fs reads: `[package, callee path, how the contents come back]`. */
const FILE_READS: { package: string; callee: string; contents: string[] }[] = [
  { package: "fs", callee: "Member[readFileSync]", contents: ["ReturnValue"] },
  { package: "fs", callee: "Member[readFile]", contents: ["Argument[1].Parameter[1]", "Argument[2].Parameter[1]"] },
  { package: "fs", callee: "Member[promises].Member[readFile]", contents: ["ReturnValue"] },
  { package: "fs", callee: "Member[createReadStream]", contents: ["ReturnValue"] },
  { package: "fs/promises", callee: "Member[readFile]", contents: ["ReturnValue"] },
  { package: "fs-extra", callee: "Member[readFile,readFileSync,readJson,readJsonSync,readJSON,readJSONSync]", contents: ["ReturnValue"] },
  { package: "fs-extra", callee: "Member[readFile,readJson,readJSON]", contents: ["Argument[1].Parameter[1]", "Argument[2].Parameter[1]"] },
  { package: "graceful-fs", callee: "Member[readFileSync]", contents: ["ReturnValue"] },
];

/** Child-process calls whose output is the command's stdout. */
const COMMAND_READS: { package: string; callee: string; contents: string[] }[] = [
  { package: "child_process", callee: "Member[execSync]", contents: ["ReturnValue"] },
  { package: "child_process", callee: "Member[exec]", contents: ["Argument[1].Parameter[1]", "Argument[2].Parameter[1]"] },
  { package: "execa", callee: "Member[execaCommand,execaCommandSync,command,commandSync]", contents: ["ReturnValue"] },
  { package: "shelljs", callee: "Member[exec]", contents: ["ReturnValue"] },
];

export const credentialFilesModel: LibraryModel = {
  sources: [
    ...FILE_READS.flatMap((r) =>
      r.contents.map(
        (c): SourceRow => ({
          package: r.package,
          path: `${r.callee}.${c}`,
          kind: "credential-file",
          requiresMatch: { at: "Argument[0]", pattern: CREDENTIAL_PATH_PATTERN },
          note: "contents of a credential store",
        }),
      ),
    ),
    ...COMMAND_READS.flatMap((r) =>
      r.contents.flatMap((c): SourceRow[] => [
        { package: r.package, path: `${r.callee}.${c}`, kind: "credential-command", requiresMatch: { at: "Argument[0]", pattern: COMMAND_PATTERN_CREDENTIAL }, note: "output of a command that prints credentials" },
        { package: r.package, path: `${r.callee}.${c}`, kind: "env-whole", name: "process.env", requiresMatch: { at: "Argument[0]", pattern: COMMAND_PATTERN_ENV }, note: "printenv/env prints the whole environment" },
      ]),
    ),
    ...["execFileSync", "spawnSync"].map(
      (fn): SourceRow => ({
        package: "child_process",
        path: `Member[${fn}].ReturnValue`,
        kind: "env-whole",
        name: "process.env",
        requiresMatch: { at: "Argument[0]", pattern: /^(printenv|env)$/ },
        note: "running printenv/env without a shell",
      }),
    ),
  ],
};

export const CREDENTIAL_FILE_KIND = "credential-file";
export const CREDENTIAL_COMMAND_KIND = "credential-command";
