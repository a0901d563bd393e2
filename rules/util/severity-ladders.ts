// What makes each rule's finding critical, high, medium or low: the ladder
// docs/rules.md shows under each rule. One table for every rule, so a reader
// (and test/rule-docs.test.ts, which holds every severity the corpus expects
// against it) sees the whole scale in one place. A rung a rule never uses is
// left out.
import type { Severity } from "../../analyzer/types.js";

export type SeverityLadder = Partial<Record<Severity, string>>;

export const SEVERITY_LADDERS: Record<string, SeverityLadder> = {
  "credential-exfiltration": {
    critical: "The credential goes to a hardcoded destination that is not its own service: a foreign host, a webhook or paste collector, a tunnel, a raw IP, a DNS label. Also the client's bearer token (HTTP transports) sent to a URL a tool argument chooses: token passthrough the model steers.",
    high: "The destination could not be resolved and a tool argument (the model) helps choose it.",
    medium: "The destination could not be resolved and nothing the model chooses is part of it.",
  },
  "environment-dump": {
    critical: "The whole environment reaches the network or a process started with it as data.",
    high: "The whole environment reaches tool output, a thrown error the client sees, a log or a file.",
  },
  "credential-file-read": { medium: "A well-known credential store is read; the taint rules raise it when the contents flow out." },
  "covert-recipient": { high: "An outbound message built from tool data gets a hardcoded extra recipient the user never supplied." },
  "secret-in-tool-output": { high: "A secret reaches what the client or its model provider sees (results, descriptions, instructions, sampling, thrown errors)." },
  "secret-in-log": { medium: "A secret reaches console, stderr, a logger or a log file." },
  "error-detail-echo": {
    high: "The error comes from an HTTP client configured with a credential and a part that holds its request is shown: the whole error (`JSON.stringify(err)`, `console.error(err)`, a spread), `config`/`request`/`options`, or `err.config.headers` itself, in the tool's result or a log.",
    low: "A stack trace, or a whole error that carries no credential (a SyntaxError, an error of a client with no credential), reaches tool output: paths and internals in the transcript. So does a stack shown only when a debug variable is set. Not reported: `message`, `code`, `status`, `response.status`, `response.data` (the server's answer) or an envelope of its own built from them, and a serialization only reached when the value has no message (every HTTP client error has one).",
  },
  "secret-in-url": { low: "A secret is placed in a URL's query string." },
  "hardcoded-secret": { medium: "A literal credential of a known provider format ships in the package." },
  "config-plaintext-secret": { high: "An MCP client config holds a credential in plain text." },
  "insecure-transport": { high: "An MCP client config reaches a remote server over plain HTTP or WebSocket." },
  "command-injection": {
    critical: "A tool argument becomes part of a shell line the code wrote (`git log ${branch}` through a shell), the program to run, or the script of `sh -c`; also a command the tool promises to keep to a sandbox or allow-list it does not keep.",
    high: "A tool argument sits in the argument array of a program where one argument read as an option runs a command (`git --upload-pack=…`, `rg --pre=…`, `tar --to-command=…`, `ssh -oProxyCommand=…`).",
    medium: "A tool argument can be read as an option of another program (argument injection), also as one word of a shell line it cannot leave (only letters, digits and `_.,:/@%+=-`, or single quotes escaped as `'\\''` inside single quotes); or the tool says it runs the command the model writes (`run_command` with a `command` argument), also where the code puts its own commands, settings or launchers before it (`cd \"<dir>\" && env K=V ${command}`, `set -e; ${script}`): a capability, said in \"What it can do\"; or a value a server sent (an authorization server's metadata, a redirect's Location) in a shell line or handed to the system opener.",
    low: "A tool argument written right after a subcommand whose options only change how it runs (`xcrun simctl spawn <device>`, `simctl io <device>`, rules/models/commands.ts): read as an option it reads, writes and runs nothing new. Or a value from the answer of the package's own service over https (a constant host, or one only the code's own callers pass; no setting or argument chooses it) in a shell line: the vendor writes it, a weaker boundary than anyone on the network.",
  },
  "path-traversal": {
    high: "A tool argument names a file under a root the code chose (`join(TEMPLATES, name)`), also one it computes at run time (its configuration, a function of its own: `join(findWorkspace(), \"apps\", project)`), or past a check that does not work, or outside a folder the tool promises to keep to.",
    medium: "Capability: the tool says it works on the path the model names (in its name, its description, or the parameter's own: \"directory where the report is saved\") and the call writes, creates, moves or deletes there (deploy, download to, save as).",
    low: "Capability: the tool says it reads the path the model names (\"path of the file to upload\", \"file paths to attach\") and the call only reads, whatever else the tool writes (each write is a finding of its own); or it hands the path to a containment check of its own the scan did not verify (said so).",
  },
  ssrf: {
    high: "A tool argument chooses the scheme or host of a request the code meant for a fixed kind of destination (`https://${host}/api`, a base written before the path, glued to the authority: `https://api.example.com` + id), with no allow-list.",
    medium: "The argument names a subdomain of a fixed domain but may hold `/`, `?` or `#` and end the host early (`https://${site}.vendor.example/`); or it can only fill the port, or it is glued right after a base the scan could not resolve, with no `/` between (`${base}${x}`: a value starting with `@` or `.` still moves the host); or capability: the tool says it fetches the URL the model names (`fetch_url` with a `url` argument), or sends to the webhook the user configures (`configure_alerts` that says it posts notifications to `webhook_url`, also when the environment gives the same setting its first value). Not reported: the path, query or body of a request to a fixed or configured host (`${this.baseURL}/v2/items/${id}`), or a subdomain label the argument's shape keeps inside the domain, or a URL a host allow-list checks first (`url.startsWith(BASE + \"/\")`, `new URL(u).origin === ORIGIN`, a constant host list or one the user configures), or a value set on a URL object's path or query (`u.searchParams.set(k, v)`, `u.pathname = p`) or resolved as `new URL(\"items/\" + id, BASE)`.",
    low: "The argument fills only the path or query after a base the scan could not resolve (`${connection.serverUrl}/${project}/_apis`): it cannot choose the host, only the path inside that service. Or the code refuses loopback, private, link-local and metadata addresses before the request (a helper that names those ranges, a `BlockList`, after a DNS lookup or on the parsed host): the model can still pick any public host, not the user's network (as a capability where the tool says it fetches URLs).",
  },
  "sql-injection": {
    high: "A tool argument becomes part of SQL text the code wrote (`WHERE name = '${name}'`), or the whole statement of a tool that promises reads (`read_query`, \"SELECT only\", `readOnlyHint`) behind a check the statement can pass (`SELECT 1; DROP TABLE t` given to a call that runs several statements: pg `query`, mssql `query`/`batch`, sqlite `exec`, mysql with `multipleStatements`).",
    medium: "Capability: the tool says it runs the SQL the model writes (`run_sql` with a `sql` argument), with whatever rights the connection has; also through a helper the code's own callers give constant statements. Or it promises reads and checks that the statement starts with SELECT before a driver call that runs only one statement (sqlite3 `all`/`get`/`run`, better-sqlite3 `prepare`, mysql2 `execute`, mysql `query` without `multipleStatements`): the check holds.",
    low: "Capability: the same, inside a read-only transaction or connection the code opens.",
  },
  "code-injection": {
    critical: "A tool argument is run as JavaScript (eval, `new Function`, `vm`) or names the module loaded, by a tool that does not say it runs code (a calculator) or promises a sandbox `vm` is not.",
    medium: "Capability: the tool says it runs the JavaScript the model writes (`run_js` with a `code` argument).",
  },
  "tool-poisoning": {
    critical: "Two strong signs of instructions to the model (hidden blocks, invisible or bidi characters, encoded blobs, \"do not tell the user\"), or one together with a target (secrets, files, other tools).",
    high: "Instructions to the model in tool, parameter, prompt or resource text, with one strong sign or weaker ones.",
  },
  "tool-annotation-mismatch": {
    medium:
      "`readOnlyHint: true` on a tool that writes or deletes the user's files or data, runs a command that is not read-only (a pinned write subcommand, or a command line the model writes) or whose handler sends a PUT, PATCH or DELETE request; `destructiveHint: false` on one that deletes (a file, a row, a DELETE request). The server's own bookkeeping does not count (temp files, logs, a token or device cache in its own hidden folder, also where the code spells the home `~` (`HOME || \"~\"`), a folder created where no tool argument points, a write to a path parameter this tool's calls never pass), nor read-only commands, SELECT-only statements or query builders that only select.",
    low: "`readOnlyHint: true` on a tool whose only contradiction is a program the scan could not pin (a vendor's CLI found at run time): it cannot tell whether the program only reads, and says so.",
  },
  "mixed-blast-radius": { low: "One server exposes read-only and destructive tools together." },
  "untrusted-content-exposure": { medium: "A server both brings outside content (web pages, mail, issues) into the model's context and can act on files, processes or data." },
  "exposed-listener": {
    high: "An MCP HTTP or WebSocket endpoint listens on every interface (`listen(port)` with no host, `0.0.0.0`, `::`) with no token or Origin check: any host of the network can call its tools.",
    medium: "It listens on loopback with no token and no Origin or Host check: any web page can reach it through a WebSocket or DNS rebinding. Or it listens on every interface, but every tool's handler was found, none reaches a file, a process, the network, a credential or a database, and the package reads no credential from the environment (a diagram renderer, a recipe book): whoever connects gets the machine's CPU, not the user's things.",
  },
  "dynamic-tool-definition": { medium: "Tool names or descriptions come from the network or from files the package does not ship." },
  "over-broad-permission": {
    high: "A client config runs every tool without asking (`bypassPermissions`).",
    medium: "An allow rule approves every tool of a server (or one that deletes, runs programs or sends data out), every project server is started, or a server auto-approves every tool.",
    low: "A client config auto-approves one named tool of a server.",
  },
  "unpinned-server": { medium: "A client config starts a server from an unpinned package spec (`npx -y pkg`)." },
  "install-script": {
    high: "A lifecycle script reaches the network, processes, AI agent CLIs or files outside the package (a chmod or copy of the package's own files, built from `__dirname` or the working folder npm gives it, is inside), downloads code, or fetches and runs a package it does not declare.",
    medium: "It runs code the scan cannot see to the end (a dependency it loads, a file not in the package, a program it does not know) or a runtime dependency's binary.",
    low: "A native build (`node-gyp rebuild`, `prebuild-install`), an inert command, or code that uses only Node's own modules (and libraries that only style terminal text, such as a colour or box library printing a banner) and provably reaches no network, process or outside write. Also the program of a devDependency (`patch-package`, `husky`) in a published package: npm installs no devDependency when the package is installed from the registry, so nothing of the package's runs.",
  },
  "download-and-execute": { critical: "Bytes from the network are written and run, evaluated or required." },
  "obfuscated-code": { high: "Obfuscator signatures, decoded payloads that are executed, or packed strings." },
  "silent-process": {
    medium: "A detached child process with ignored output (or `nohup … &`, `setsid`, a trailing `&`, `Start-Process -WindowStyle Hidden` in a command or install script) runs a program the package does not ship.",
    low: "The detached program is a file the package ships (its own daemon or update check), named in place or returned by a helper of the package that looks for it: its code is in the scan. Or a tool the user calls starts it and says it opens or launches an application (\"Start the Android emulator window\", \"open the file in the editor\"): the window is meant to outlive the call. Or the function that starts it returns the child or its pid to its caller, which can watch or stop it. Not reported: a detached child whose stdout or stderr is piped and read by the server (`child.stderr.on(\"data\", …)`): its output is not ignored; nor PowerShell's call operator (`& taskkill …`) or a program's own hidden window (`powershell -WindowStyle Hidden -Command …`) in a call that waits: nothing outlives it.",
  },
  typosquat: { medium: "The package name is a small edit away from a popular MCP package." },
  "vulnerable-dependency": {
    critical: "A dependency range admits a version with a critical advisory.",
    high: "A high advisory; or a dependency fetched over plain HTTP or unencrypted git.",
    medium: "A moderate advisory; or a dependency from a git branch or tag, or a tarball URL outside the registry.",
    low: "A low advisory; or a dependency pinned to a git commit outside the registry.",
  },
};
