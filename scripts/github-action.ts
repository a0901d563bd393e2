// The scan step of action.yml: scans once, writes the SARIF file for
// code scanning, the Markdown report to the job summary and the text report to
// the log, and tells the later steps (through GITHUB_OUTPUT) whether findings
// reach `fail-on`. It never fails the job for findings itself: the action
// uploads the SARIF first, then fails in a step of its own.
// Inputs come from the environment (action.yml maps them), never from
// interpolated shell text.
import { existsSync } from "node:fs";
import { appendFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { scan } from "../analyzer/scan.js";
import { SEVERITIES, type Severity, severityRank } from "../analyzer/types.js";
import { renderMarkdown } from "../reports/markdown.js";
import { renderSarif } from "../reports/sarif.js";
import { renderText } from "../reports/text.js";

export interface ActionEnv {
  MCP_WARDEN_TARGET?: string;
  MCP_WARDEN_FAIL_ON?: string;
  MCP_WARDEN_CATEGORY?: string;
  MCP_WARDEN_SARIF_FILE?: string;
  GITHUB_WORKSPACE?: string;
  GITHUB_OUTPUT?: string;
  GITHUB_STEP_SUMMARY?: string;
  [key: string]: string | undefined;
}

/** 0 when the scan ran (whatever it found), 2 when it could not. The verdict goes to GITHUB_OUTPUT as `failed`. */
export async function runAction(env: ActionEnv, log: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const target = (env.MCP_WARDEN_TARGET ?? "").trim() || ".";
  const failOn = (env.MCP_WARDEN_FAIL_ON ?? "").trim() || "high";
  const category = (env.MCP_WARDEN_CATEGORY ?? "").trim() || "mcp-warden";
  const sarifFile = (env.MCP_WARDEN_SARIF_FILE ?? "").trim() || "mcp-warden.sarif";
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  if (failOn !== "none" && !SEVERITIES.includes(failOn as Severity)) {
    log(`::error title=mcp-warden::fail-on must be one of ${SEVERITIES.join(", ")} or none, not "${failOn}"\n`);
    return 2;
  }
  let result;
  try {
    // Folders and tarballs are named relative to the workspace, like everything else in a workflow.
    const local = path.resolve(workspace, target);
    result = await scan(existsSync(local) ? local : target);
  } catch (err) {
    log(`::error title=mcp-warden::${commandData((err as Error).message)}\n`);
    return 2;
  }
  // Code scanning resolves URIs against the repository root: a folder scan of
  // a subfolder needs that folder as prefix. An npm spec or a tarball has no
  // place in the repository: its alerts would point at files that are not
  // there, so its SARIF is not uploaded (the job summary has the report), and
  // the file written keeps package-relative paths under a prefix that says so.
  const inRepository = result.targetKind === "directory" && repositoryRelative(workspace, target) !== undefined;
  const uriPrefix = inRepository ? repositoryRelative(workspace, target) : packagePrefix(result.package.name, result.package.version);
  await writeFile(path.resolve(workspace, sarifFile), JSON.stringify(renderSarif(result, { category, uriPrefix }), null, 2) + "\n");
  if (!inRepository) {
    log(`::notice title=mcp-warden::${commandData(target)} is not a folder of this repository: its SARIF (${commandData(sarifFile)}, paths under ${commandData(uriPrefix ?? "")}/) is not uploaded to code scanning, whose alerts would point at missing files; the report is in the job summary\n`);
  }
  log(renderText(result, { color: true }));
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, renderMarkdown(result) + "\n");

  const threshold = failOn === "none" ? undefined : severityRank(failOn as Severity);
  const failing = threshold === undefined ? 0 : result.findings.filter((f) => severityRank(f.severity) >= threshold).length;
  if (env.GITHUB_OUTPUT) {
    await appendFile(env.GITHUB_OUTPUT, `sarif-file=${sarifFile}\nfindings=${result.findings.length}\nfailing=${failing}\nfailed=${failing > 0}\nuploadable=${inRepository}\n`);
  }
  return 0;
}

/** `mcp-warden-package/<name>@<version>`: where a package that is not in the repository puts its SARIF paths. */
export function packagePrefix(name: string | undefined, version: string | undefined): string {
  const id = name ? `${name}${version ? `@${version}` : ""}` : "unnamed";
  return `mcp-warden-package/${id}`;
}

/** Workflow-command data: `%`, CR and LF escaped so a message cannot end the command or start another. */
export function commandData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** The target folder relative to the workspace, or undefined when it lies outside it. */
export function repositoryRelative(workspace: string, target: string): string | undefined {
  const rel = path.relative(path.resolve(workspace), path.resolve(workspace, target));
  if (rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join("/");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runAction(process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stdout.write(`::error title=mcp-warden::internal error: ${String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
