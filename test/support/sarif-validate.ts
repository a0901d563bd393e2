// Two independent SARIF validators for the tests: ajv against the SARIF 2.1.0
// JSON schema (a committed copy, see sarif-2.1.0.schema.LICENSE.md), and the
// SARIF Multitool's `validate` with the SARIF and GitHub rule sets.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { ValidateFunction } from "ajv";

const SCHEMA_PATH = fileURLToPath(new URL("../../../test/support/sarif-2.1.0.schema.json", import.meta.url));

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

let compiled: ValidateFunction | undefined;

/** Schema errors as `path: message` lines; empty when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as object);
  }
  if (compiled(log)) return [];
  return (compiled.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? e.keyword}`);
}

export interface MultitoolReport {
  /** Results at level error or warning, as `RULE: message` lines. */
  problems: string[];
  /** Notes (advice), kept for the test's diagnostics. */
  notes: string[];
}

/**
 * The Multitool binary of this platform, or why it is missing. It comes in an
 * optional platform package (`@microsoft/sarif-multitool-<platform>`); npm 11
 * holds back that package's `chmod` install script, but the binary is already
 * executable in the tarball.
 */
export function multitoolBinary(): { path: string } | { missing: string } {
  const require = createRequire(import.meta.url);
  const pkg = `@microsoft/sarif-multitool-${process.platform}`;
  let dir: string;
  try {
    dir = path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    return { missing: `${pkg} is not installed (it is an optional dependency for this platform)` };
  }
  const bin = path.join(dir, process.platform === "win32" ? "Sarif.Multitool.exe" : "Sarif.Multitool");
  if (!existsSync(bin)) return { missing: `${bin} does not exist` };
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    return { missing: `${bin} is not executable` };
  }
  return { path: bin };
}

/**
 * SARIF2006 checks that every URI in the log answers an HTTP GET: tests never
 * use the network, so it is switched off (the Multitool then notes that a rule
 * was disabled, on the console only).
 */
const OFFLINE_CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
`;

interface LogResult {
  ruleId?: string;
  level?: string;
  message?: { text?: string; id?: string; arguments?: string[] };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[];
}
interface LogNotification {
  level?: string;
  message?: { text?: string };
}
interface MultitoolLog {
  runs?: { results?: LogResult[]; invocations?: { toolExecutionNotifications?: LogNotification[]; toolConfigurationNotifications?: LogNotification[] }[] }[];
}

/**
 * Runs `validate --rule-kind "Sarif;Gh"` on each log. The Multitool exits 0
 * whatever it finds, so its verdict is read from the SARIF log it writes.
 */
export function multitoolValidate(bin: string, logs: Record<string, unknown>): MultitoolReport {
  const dir = mkdtempSync(path.join(tmpdir(), "mcp-warden-sarif-"));
  try {
    const files = Object.entries(logs).map(([name, log]) => {
      const file = path.join(dir, `${name}.sarif`);
      writeFileSync(file, JSON.stringify(log, null, 2));
      return file;
    });
    const config = path.join(dir, "offline.xml");
    writeFileSync(config, OFFLINE_CONFIG);
    const out = path.join(dir, "validation.sarif");
    const run = spawnSync(bin, ["validate", "--rule-kind", "Sarif;Gh", "--level", "Error;Warning;Note", "--config", config, "--output", out, ...files], {
      encoding: "utf8",
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" },
      timeout: 120_000,
    });
    if (run.error) throw new Error(`could not run the SARIF Multitool: ${run.error.message}`);
    if (!existsSync(out)) throw new Error(`the SARIF Multitool wrote no log (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    const log = JSON.parse(readFileSync(out, "utf8").replace(/^\uFEFF/, "")) as MultitoolLog;
    const problems: string[] = [];
    const notes: string[] = [];
    for (const r of log.runs ?? []) {
      for (const res of r.results ?? []) {
        const where = res.locations?.[0]?.physicalLocation;
        const line = `${res.ruleId}: ${path.basename(where?.artifactLocation?.uri ?? "")}:${where?.region?.startLine ?? ""} ${res.message?.text ?? [res.message?.id, ...(res.message?.arguments ?? [])].join(" ")}`;
        if (res.level === "error" || res.level === "warning" || res.level === undefined) problems.push(line);
        else notes.push(line);
      }
      for (const inv of r.invocations ?? []) {
        for (const n of [...(inv.toolExecutionNotifications ?? []), ...(inv.toolConfigurationNotifications ?? [])]) {
          if (n.level === "error") problems.push(`tool error: ${n.message?.text ?? ""}`);
        }
      }
    }
    return { problems, notes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
