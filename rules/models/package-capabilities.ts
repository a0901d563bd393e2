// What install-time code can reach, as API rows (matched with `apiMatches`
// against the API keys the engine or rules/util/module-apis reports). An
// install script that reaches any of these runs with the user's authority
// before any review: the package rules raise their severity on them.
import type { AccessPath } from "../../analyzer/taint/spec.js";

export type PackageCapability = "network" | "process" | "file-write" | "code-eval";

export interface CapabilityRow {
  capability: PackageCapability;
  package: string;
  path: AccessPath;
  /** Human name for messages. */
  name: string;
}

const row = (capability: PackageCapability, pkg: string, path: AccessPath, name: string): CapabilityRow => ({ capability, package: pkg, path, name });

const FS_WRITES = "Member[writeFile,writeFileSync,appendFile,appendFileSync,createWriteStream,mkdir,mkdirSync,copyFile,copyFileSync,cp,cpSync,rename,renameSync,rm,rmSync,unlink,unlinkSync,symlink,symlinkSync,chmod,chmodSync,outputFile,outputFileSync,ensureDir,ensureDirSync,writeJson,writeJsonSync,copy,copySync,move,moveSync,remove,removeSync]";

export const PACKAGE_CAPABILITIES: CapabilityRow[] = [
  row("network", "http", "Member[get,request]", "http request"),
  row("network", "https", "Member[get,request]", "https request"),
  row("network", "http2", "Member[connect]", "http2 connection"),
  row("network", "net", "Member[connect,createConnection,Socket]", "TCP connection"),
  row("network", "tls", "Member[connect]", "TLS connection"),
  row("network", "dgram", "Member[createSocket]", "UDP socket"),
  row("network", "dns", "Member[resolve,resolve4,resolve6,resolveTxt,resolveAny,lookup]", "DNS query"),
  row("network", "dns/promises", "Member[resolve,resolve4,resolve6,resolveTxt,resolveAny,lookup]", "DNS query"),
  row("network", "global", "Member[fetch,XMLHttpRequest,WebSocket]", "fetch"),
  ...["axios", "node-fetch", "cross-fetch", "isomorphic-fetch", "got", "request", "superagent", "needle", "ky", "phin", "ws", "socket.io-client", "make-fetch-happen", "minipass-fetch"].map((pkg) => row("network", pkg, "", pkg)),
  row("network", "undici", "Member[fetch,request,stream,Client,Pool,Agent,WebSocket]", "undici"),
  row("process", "child_process", "Member[exec,execSync,execFile,execFileSync,spawn,spawnSync,fork]", "child process"),
  ...["execa", "cross-spawn", "zx"].map((pkg) => row("process", pkg, "", pkg)),
  row("process", "shelljs", "Member[exec]", "shelljs.exec"),
  row("code-eval", "global", "Member[eval,Function]", "eval"),
  row("code-eval", "vm", "Member[runInNewContext,runInThisContext,runInContext,compileFunction,Script]", "vm"),
  row("file-write", "fs", FS_WRITES, "file write"),
  row("file-write", "fs", `Member[promises].${FS_WRITES}`, "file write"),
  row("file-write", "fs/promises", FS_WRITES, "file write"),
  row("file-write", "fs-extra", FS_WRITES, "file write"),
];

/** Where a path can point outside the package: the home folder, temp, an absolute path. */
export const OUTSIDE_PACKAGE_PATH_APIS: { package: string; path: AccessPath }[] = [
  { package: "os", path: "Member[homedir,tmpdir]" },
  { package: "global", path: "Member[process].Member[env]" },
];

/**
 * Libraries whose every export builds or measures terminal text (colours, gradients, boxes, symbols,
 * widths) and reaches no network, process or file: an install script that only prints a banner
 * through one is still code we can see all of. A name here is matched exactly (or with a subpath).
 */
export const TEXT_STYLING_PACKAGES: ReadonlySet<string> = new Set([
  "chalk", "picocolors", "kleur", "colorette", "ansi-colors", "kolorist", "yoctocolors", "ansi-styles",
  "gradient-string", "boxen", "cli-boxes", "figures", "log-symbols", "strip-ansi", "wrap-ansi", "string-width",
]);

/** `chalk`, `chalk/source/index.js` → whether the package is a text-styling library. */
export function isTextStylingPackage(spec: string): boolean {
  return TEXT_STYLING_PACKAGES.has(spec.split("/", 1)[0]);
}
