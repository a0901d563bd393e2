// How a configured server is launched, read from its command line or URL.
// The npm spec matters most: it is what runs on the next start.

export type LaunchKind = "npx" | "pnpm-dlx" | "bunx" | "node" | "uvx" | "docker" | "remote" | "mcp-remote" | "other";

export interface Launch {
  kind: LaunchKind;
  /** npm spec for npx / pnpm dlx / bunx / mcp-remote's own package; Python spec for uvx; image for docker. */
  spec?: string;
  /** Local script for `node path`. */
  script?: string;
  /** Remote endpoint (url/serverUrl/httpUrl, or mcp-remote's target). */
  url?: string;
  /** The whole command line, for display. */
  commandLine: string;
}

/** Flags of npx / pnpm dlx / bunx that take a value, so the value is not mistaken for the package. */
const VALUE_FLAGS = new Set(["-p", "--package", "-c", "--call", "--registry", "--cache", "--userconfig"]);

function firstPackage(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-p" || a === "--package") return args[i + 1];
    if (a.startsWith("--package=")) return a.slice("--package=".length);
    if (VALUE_FLAGS.has(a)) {
      i++;
      continue;
    }
    if (a.startsWith("-")) continue;
    return a;
  }
  return undefined;
}

function baseName(command: string): string {
  const last = command.split(/[\\/]/).pop() ?? command;
  return last.replace(/\.(cmd|exe|bat|ps1)$/i, "").toLowerCase();
}

/** The args after the package spec: where mcp-remote's URL sits. */
function argsAfter(args: string[], spec: string): string[] {
  const i = args.indexOf(spec);
  return i < 0 ? [] : args.slice(i + 1);
}

function npmStyle(kind: LaunchKind, args: string[], commandLine: string): Launch {
  const spec = firstPackage(args);
  if (spec && /^mcp-remote(@|$)/.test(spec)) {
    const url = argsAfter(args, spec).find((a) => /^[a-z]+:\/\//i.test(a));
    return { kind: "mcp-remote", spec, url, commandLine };
  }
  return { kind, spec, commandLine };
}

export function classifyLaunch(command: string | undefined, args: string[], url: string | undefined): Launch {
  if (!command) return { kind: url ? "remote" : "other", url, commandLine: url ?? "" };
  const commandLine = [command, ...args].join(" ");
  let name = baseName(command);
  let rest = args;
  // `cmd /c npx ...` (Windows) wraps the real launcher.
  if (name === "cmd" && rest.length > 1 && /^\/c$/i.test(rest[0])) {
    name = baseName(rest[1]);
    rest = rest.slice(2);
  }
  if (name === "npx") return npmStyle("npx", rest, commandLine);
  if (name === "bunx") return npmStyle("bunx", rest, commandLine);
  if (name === "pnpm" && rest[0] === "dlx") return npmStyle("pnpm-dlx", rest.slice(1), commandLine);
  if ((name === "bun" || name === "npm") && (rest[0] === "x" || rest[0] === "exec")) return npmStyle(name === "bun" ? "bunx" : "npx", rest.slice(1), commandLine);
  if (name === "mcp-remote") return { kind: "mcp-remote", url: rest.find((a) => /^[a-z]+:\/\//i.test(a)), commandLine };
  if (name === "node") return { kind: "node", script: rest.find((a) => !a.startsWith("-")), commandLine };
  if (name === "uvx") return { kind: "uvx", spec: firstPackage(rest), commandLine };
  if (name === "uv" && rest[0] === "tool" && rest[1] === "run") return { kind: "uvx", spec: firstPackage(rest.slice(2)), commandLine };
  if (name === "docker" || name === "podman") {
    const run = rest.indexOf("run");
    const image = run < 0 ? undefined : imageOf(rest.slice(run + 1));
    return { kind: "docker", spec: image, commandLine };
  }
  return { kind: "other", commandLine };
}

const DOCKER_VALUE_FLAGS = new Set(["-e", "--env", "-v", "--volume", "-p", "--publish", "--name", "--network", "-w", "--workdir", "--env-file", "--mount", "-u", "--user", "--entrypoint", "--platform"]);

function imageOf(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (DOCKER_VALUE_FLAGS.has(a)) {
      i++;
      continue;
    }
    if (a.startsWith("-")) continue;
    return a;
  }
  return undefined;
}

/** `pkg@1.2.3`, `@scope/pkg@1.2.3-beta.1`: an exact version. Anything else (no version, a range, a tag) moves. */
export function isExactNpmSpec(spec: string): boolean {
  const at = spec.lastIndexOf("@");
  if (at <= 0) return false;
  return /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(spec.slice(at + 1));
}

/** A local path or URL given to npx is not a registry spec. */
export function isRegistrySpec(spec: string): boolean {
  return !/^(\.|\/|~|[a-z]:\\|file:|git\+|https?:|github:)/i.test(spec) && !spec.endsWith(".tgz");
}
