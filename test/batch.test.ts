// `batch`: local tarballs and a fake registry, each scanned in its own child
// process; reports and index lines, resuming (also after a kill), failures of
// every kind recorded without stopping the rest, --since diffs, the summary,
// and the label matching of eval:popular.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { failureReason } from "../analyzer/batch/child.js";
import { progressReporter } from "../analyzer/batch/command.js";
import { batch } from "../analyzer/batch/run.js";
import { earlierReports, latestEarlier, reportsFor } from "../analyzer/batch/since.js";
import { appendIndex, readIndex } from "../analyzer/batch/store.js";
import { renderSummaryMarkdown, renderSummaryText, summarize } from "../analyzer/batch/summary.js";
import { readTargets } from "../analyzer/batch/targets.js";
import type { IndexEntry } from "../analyzer/batch/types.js";
import { AcquireError } from "../analyzer/acquire/errors.js";
import type { ScanResult } from "../analyzer/types.js";
import type { SnapshotDiff } from "../analyzer/workflows/diff.js";
import { isNamed, unknownArgument } from "../scripts/eval-popular.js";
import { halfOf, type Label, labelFileName, matchLabels, precisionTable, quantile, readLabels } from "../scripts/eval-popular-labels.js";
import { serverTarball } from "./support/batch-packages.js";
import { FakeRegistry, sri } from "./support/fake-registry.js";
import { tempDir } from "./support/tarballs.js";

const CLI = fileURLToPath(new URL("../analyzer/cli.js", import.meta.url));
const SCHEMA = JSON.parse(readFileSync(fileURLToPath(new URL("../../docs/batch-index.schema.json", import.meta.url)), "utf8")) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(SCHEMA);
const LABELS = fileURLToPath(new URL("../../test/fixtures/labels", import.meta.url));

function schemaErrors(entry: unknown): string[] {
  return validate(entry) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message}`);
}

function tarball(dir: string, name: string, version: string, leaky: boolean): string {
  const file = path.join(dir, `${name}-${version}.tgz`);
  writeFileSync(file, serverTarball(name, version, leaky));
  return file;
}

test("targets: list files (lines with comments, JSON servers) and specs, relative paths from the list's folder, each spec once", () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, "list.txt"), "# servers\nfoo-mcp@1.0.0\n\n./local.tgz  # a tarball beside the list\n@acme/bar@2.0.0\n");
  writeFileSync(path.join(dir, "servers.json"), JSON.stringify({ servers: [{ name: "@acme/bar", version: "2.0.0", integrity: "sha512-xyz" }, { name: "baz-mcp", version: "0.1.0" }, "qux-mcp@^1"] }));
  assert.deepEqual(readTargets([path.join(dir, "list.txt"), path.join(dir, "servers.json"), "foo-mcp@1.0.0", "extra-mcp"]), [
    { spec: "foo-mcp@1.0.0" },
    { spec: path.join(dir, "local.tgz") },
    { spec: "@acme/bar@2.0.0" },
    { spec: "baz-mcp@0.1.0" },
    { spec: "qux-mcp@^1" },
    { spec: "extra-mcp" },
  ]);
  writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ servers: [{ version: "1.0.0" }] }));
  assert.throws(() => readTargets([path.join(dir, "bad.json")]), /an entry has neither "spec" nor "name"/);
});

test("batch: one report and one index line per tarball, valid against the schema; a rerun skips them", async () => {
  const dir = tempDir();
  const out = path.join(dir, "out");
  const clean = tarball(dir, "repo-insights-mcp", "1.0.0", false);
  const leaky = tarball(dir, "repo-insights-mcp", "1.1.0", true);
  const progress: string[] = [];
  const first = await batch([{ spec: clean }, { spec: leaky }], { out, offline: true, concurrency: 2, onProgress: (e) => progress.push(`${e.kind} ${e.finished}/${e.total}`) });
  assert.deepEqual([first.scanned, first.failed, first.skipped], [2, 0, 0]);
  assert.deepEqual(progress.filter((p) => !p.startsWith("start")).sort(), ["done 1/2", "done 2/2"]);
  const [a, b] = first.entries;
  for (const e of first.entries) assert.deepEqual(schemaErrors(e), [], e.spec);
  assert.deepEqual(
    first.entries.map((e) => [e.spec, e.name, e.version, e.integrity, e.status, e.verdict, e.counts, e.rules, e.tools, e.report]),
    [
      [clean, "repo-insights-mcp", "1.0.0", sri(readFileSync(clean)), "scanned", "ok", { critical: 0, high: 0, medium: 0, low: 0 }, {}, ["list_repos"], "reports/repo-insights-mcp@1.0.0.json"],
      [leaky, "repo-insights-mcp", "1.1.0", sri(readFileSync(leaky)), "scanned", "dangerous", { critical: 1, high: 0, medium: 0, low: 0 }, { "credential-exfiltration": 1 }, ["list_repos"], "reports/repo-insights-mcp@1.1.0.json"],
    ],
  );
  const report = JSON.parse(readFileSync(path.join(out, b.report!), "utf8")) as ScanResult;
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.location.file, f.location.line]), [["credential-exfiltration", "telemetry.js", 5]]);
  assert.equal(a.scanner.build, b.scanner.build);
  assert.ok(a.timeMs.wall >= (a.timeMs.scan ?? 0));
  // The child's CPU time, what the scan's budget counts, is recorded beside the wall clock's.
  assert.ok(typeof a.timeMs.cpu === "number" && a.timeMs.cpu > 0, JSON.stringify(a.timeMs));

  const again = await batch([{ spec: clean }, { spec: leaky }], { out, offline: true });
  assert.deepEqual([again.scanned, again.failed, again.skipped], [0, 0, 2]);
  assert.deepEqual(again.entries, first.entries);
  assert.equal(readFileSync(path.join(out, "index.jsonl"), "utf8").trim().split("\n").length, 2);
  assert.deepEqual(again.summary.verdicts, { dangerous: 1, review: 0, ok: 1 });
});

test("batch: a target that cannot be read, a timeout, a crash and running out of memory are recorded with why; the rest is scanned", async () => {
  const dir = tempDir();
  const good = tarball(dir, "repo-insights-mcp", "1.0.0", false);
  const missing = path.join(dir, "nothing-here.tgz");
  const mixed = await batch([{ spec: missing }, { spec: good }], { out: path.join(dir, "mixed"), offline: true, concurrency: 1 });
  assert.deepEqual(mixed.entries.map((e) => e.status), ["failed", "scanned"]);
  assert.match(mixed.entries[0].error!, /nothing-here\.tgz does not exist/);
  for (const e of mixed.entries) assert.deepEqual(schemaErrors(e), [], e.spec);
  assert.deepEqual(mixed.summary.failures, [{ spec: missing, error: mixed.entries[0].error }]);

  const slow = await batch([{ spec: good }], { out: path.join(dir, "slow"), offline: true, timeoutMs: 1 });
  assert.equal(slow.entries[0].error, "timed out after 0.001 s");

  // Children that misbehave the way a hostile package could make a scan misbehave.
  const crash = path.join(dir, "crash.mjs");
  writeFileSync(crash, 'process.kill(process.pid, "SIGSEGV");\n');
  const crashed = await batch([{ spec: good }], { out: path.join(dir, "crash"), childScript: crash });
  assert.equal(crashed.entries[0].error, "the scan process was killed by SIGSEGV");
  const hog = path.join(dir, "hog.mjs");
  writeFileSync(hog, "const keep = [];\nfor (;;) keep.push(new Array(1e5).fill({}));\n");
  const hogged = await batch([{ spec: good }], { out: path.join(dir, "hog"), childScript: hog, maxMemoryMb: 32 });
  assert.equal(hogged.entries[0].error, "out of memory (heap limit 32 MB)");
  // A failure is not a result: the next run tries again.
  const retried = await batch([{ spec: good }], { out: path.join(dir, "hog"), offline: true });
  assert.deepEqual([retried.scanned, retried.skipped, retried.entries[0].status], [1, 0, "scanned"]);
});

const registry = new FakeRegistry();
before(async () => {
  await registry.start();
  registry.publish("repo-insights-mcp", ["1.0.0", "1.1.0"], { tarball: (v) => serverTarball("repo-insights-mcp", v, v !== "1.0.0") });
});
after(() => registry.stop());

test("batch --since: from a fake registry, the new version's new destination and finding are listed against the earlier batch; a rerun fetches nothing", async () => {
  const dir = tempDir();
  const cacheDir = path.join(dir, "cache");
  const older = await batch([{ spec: "repo-insights-mcp@1.0.0" }], { out: path.join(dir, "v1"), registry: registry.registryUrl, cacheDir });
  assert.deepEqual(older.entries.map((e) => [e.status, e.version]), [["scanned", "1.0.0"]]);
  const integrity = sri(registry.tarballs.get("/repo-insights-mcp/-/repo-insights-mcp-1.1.0.tgz")!);
  writeFileSync(path.join(dir, "list.json"), JSON.stringify({ servers: [{ name: "repo-insights-mcp", version: "1.1.0", integrity }] }));
  const options = { out: path.join(dir, "v2"), registry: registry.registryUrl, cacheDir, since: path.join(dir, "v1") };
  const newer = await batch(readTargets([path.join(dir, "list.json")]), options);
  const entry = newer.entries[0];
  assert.deepEqual(entry.since, { version: "1.0.0", additions: 2, byKind: { finding: 1, destination: 1 }, worst: "critical", diff: "diffs/repo-insights-mcp@1.1.0.json" });
  assert.deepEqual(schemaErrors(entry), []);
  const diff = JSON.parse(readFileSync(path.join(dir, "v2", entry.since!.diff), "utf8")) as SnapshotDiff;
  assert.deepEqual(diff.destinations.added, ["https://stats.repo-insights-metrics.dev"]);
  assert.deepEqual(diff.findings.added.map((f) => [f.ruleId, f.file, f.line]), [["credential-exfiltration", "telemetry.js", 5]]);
  assert.deepEqual(newer.summary.changes, [{ package: "repo-insights-mcp@1.1.0", from: "1.0.0", additions: 2, worst: "critical", byKind: { finding: 1, destination: 1 } }]);

  const requests = registry.log.length;
  const rerun = await batch(readTargets([path.join(dir, "list.json")]), options);
  assert.deepEqual([rerun.skipped, rerun.scanned], [1, 0]);
  assert.equal(registry.log.length, requests, "a listed integrity already in the index needs no registry");

  const wrong = await batch([{ spec: "repo-insights-mcp@1.1.0", integrity: "sha512-bm90IHRoZSBieXRlcw==" }], { out: path.join(dir, "wrong"), registry: registry.registryUrl, cacheDir });
  assert.match(wrong.entries[0].error!, /^integrity sha512-\S+ is not the listed sha512-bm90IHRoZSBieXRlcw==$/);
});

test("batch --since: the earlier store's index is read once by the batch, not by each job; each package finds its latest earlier version", async () => {
  const dir = tempDir();
  const reads: string[] = [];
  const counted = (d: string) => {
    reads.push(path.relative(dir, d));
    return readIndex(d);
  };
  const v1 = path.join(dir, "v1");
  await batch([{ spec: tarball(dir, "repo-insights-mcp", "1.0.0", false) }, { spec: tarball(dir, "repo-insights-mcp", "1.1.0", true) }], { out: v1, offline: true, concurrency: 2 });
  const targets = [{ spec: tarball(dir, "repo-insights-mcp", "1.0.5", true) }, { spec: tarball(dir, "repo-insights-mcp", "1.2.0", true) }];
  const newer = await batch(targets, { out: path.join(dir, "v2"), offline: true, concurrency: 2, since: v1, readIndex: counted });
  assert.deepEqual(reads.sort(), ["v1", "v2"]);
  assert.deepEqual(
    newer.entries.map((e) => [e.version, e.since?.version, e.since?.additions, e.since?.worst]),
    [
      ["1.0.5", "1.0.0", 2, "critical"],
      ["1.2.0", "1.1.0", 0, undefined],
    ],
  );
  const diff = JSON.parse(readFileSync(path.join(dir, "v2", newer.entries[0].since!.diff), "utf8")) as SnapshotDiff;
  assert.deepEqual(diff.destinations.added, ["https://stats.repo-insights-metrics.dev"]);

  // The same store as its own --since: one read serves both, and holds what was there when the batch started.
  reads.length = 0;
  const same = await batch([{ spec: tarball(dir, "repo-insights-mcp", "1.3.0", false) }], { out: v1, offline: true, since: v1, readIndex: counted });
  assert.deepEqual(reads, ["v1"]);
  assert.deepEqual([same.entries[0].since?.version, same.entries[0].since?.additions], ["1.1.0", 0]);
});

test("since: a registry spec at an exact version is handed its one earlier report, a range its package's, a tarball or folder all", () => {
  const dir = tempDir();
  for (const key of ["a-mcp@1.0.0", "a-mcp@1.1.0", "a-mcp@2.0.0", "b-mcp@1.0.0"]) writeFileSync(path.join(dir, `${key}.json`), "{}");
  const stored = [
    entry({ name: "a-mcp", version: "1.1.0", report: "a-mcp@1.1.0.json" }),
    entry({ name: "a-mcp", version: "1.0.0", report: "a-mcp@1.0.0.json" }),
    entry({ name: "a-mcp", version: "2.0.0", report: "a-mcp@2.0.0.json" }),
    entry({ name: "b-mcp", version: "1.0.0", report: "b-mcp@1.0.0.json" }),
    entry({ name: "b-mcp", version: "0.9.0", report: "b-mcp@0.9.0.json" }), // its report is gone
    entry({ name: "c-mcp", version: "1.0.0", status: "failed" }),
    entry({ name: "d-mcp", version: "next", report: "d-mcp@next.json" }),
  ];
  const reports = earlierReports(stored, dir);
  const versions = (rs: { name: string; version: string }[]) => rs.map((r) => `${r.name}@${r.version}`);
  assert.deepEqual(versions(reports), ["a-mcp@1.1.0", "a-mcp@1.0.0", "a-mcp@2.0.0", "b-mcp@1.0.0"]);
  assert.equal(reports[0].report, path.join(dir, "a-mcp@1.1.0.json"));
  assert.deepEqual(versions(reportsFor({ spec: "a-mcp@1.5.0" }, reports)), ["a-mcp@1.1.0"]);
  assert.deepEqual(versions(reportsFor({ spec: "a-mcp@1.0.0" }, reports)), []);
  assert.deepEqual(versions(reportsFor({ spec: "a-mcp@^1" }, reports)), ["a-mcp@1.1.0", "a-mcp@1.0.0", "a-mcp@2.0.0"]);
  assert.deepEqual(versions(reportsFor({ spec: "b-mcp" }, reports)), ["b-mcp@1.0.0"]);
  assert.deepEqual(versions(reportsFor({ spec: dir }, reports)), versions(reports));
  assert.equal(latestEarlier(reports, "a-mcp", "1.9.9")?.version, "1.1.0");
  assert.equal(latestEarlier(reports, "a-mcp", "3.0.0")?.version, "2.0.0");
  assert.equal(latestEarlier(reports, "b-mcp", "not-semver"), undefined);
});

function runCli(args: string[], detached = false): { child: ReturnType<typeof spawn>; done: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [CLI, ...args], { detached, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  return { child, done: new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr }))) };
}

test("batch CLI: killed halfway, a rerun keeps what was finished and scans only the rest", async () => {
  const dir = tempDir();
  const out = path.join(dir, "out");
  const files = ["1.0.0", "1.0.1", "1.0.2", "1.0.3", "1.0.4"].map((v) => tarball(dir, "repo-insights-mcp", v, false));
  writeFileSync(path.join(dir, "list.txt"), files.map((f) => path.basename(f)).map((f) => `./${f}`).join("\n"));
  const args = ["batch", path.join(dir, "list.txt"), "--out", out, "--offline", "--concurrency", "1"];
  const first = runCli(args, true);
  while (readIndex(out).length < 2) await new Promise((r) => setTimeout(r, 50));
  // The batch and the scan it is running, as a group: what a kill -9 of a terminal's job does.
  process.kill(-first.child.pid!, "SIGKILL");
  await first.done;
  const before = readFileSync(path.join(out, "index.jsonl"), "utf8").trim().split("\n");
  assert.ok(before.length >= 2 && before.length < 5, `${before.length} done before the kill`);

  const second = await runCli(args).done;
  assert.equal(second.code, 0, second.stderr);
  assert.equal(second.stderr.split("\n").filter((l) => l.endsWith(": already in the index")).length, before.length);
  assert.match(second.stdout, new RegExp(`${5 - before.length} scanned now, ${before.length} already done, 0 failed`));
  const after = readIndex(out);
  assert.deepEqual(after.map((e) => e.version).sort(), ["1.0.0", "1.0.1", "1.0.2", "1.0.3", "1.0.4"]);
  assert.deepEqual(before.map((l) => JSON.parse(l) as IndexEntry), after.slice(0, before.length), "earlier lines are kept as they were");
  assert.ok(existsSync(path.join(out, "summary.md")) && existsSync(path.join(out, "summary.txt")));
});

/** Processes whose command line mentions `text` (Linux /proc; elsewhere, none are seen). */
function processesMentioning(text: string): number[] {
  if (!existsSync("/proc")) return [];
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, "utf8").includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

test("batch CLI: on SIGTERM the scans it started are stopped with it, it exits 130, and a rerun finishes the list", async () => {
  const dir = tempDir();
  const out = path.join(dir, "out");
  const files = ["2.0.0", "2.0.1", "2.0.2"].map((v) => tarball(dir, "repo-insights-mcp", v, false));
  const args = ["batch", ...files, "--out", out, "--offline", "--concurrency", "1"];
  const first = runCli(args);
  while (readIndex(out).length < 1) await new Promise((r) => setTimeout(r, 50));
  // The next scan is starting or running: the batch must not leave it behind.
  while (processesMentioning(`child.js\0${out}`).length === 0 && readIndex(out).length < 3) await new Promise((r) => setTimeout(r, 20));
  first.child.kill("SIGTERM");
  const stopped = await first.done;
  assert.equal(stopped.code, 130, stopped.stderr);
  assert.match(stopped.stderr, /batch interrupted after \d of 3; run the same command again to go on/);
  assert.deepEqual(processesMentioning(`child.js\0${out}`), []);
  const second = await runCli(args).done;
  assert.equal(second.code, 0, second.stderr);
  assert.equal(readIndex(out).length, 3);
});

test("batch CLI: usage errors exit 2 and say what to do", async () => {
  const noOut = await runCli(["batch", "foo-mcp@1.0.0"]).done;
  assert.equal(noOut.code, 2);
  assert.match(noOut.stderr, /batch needs --out <dir>/);
  const badTimeout = await runCli(["batch", "foo-mcp@1.0.0", "--out", tempDir(), "--timeout", "soon"]).done;
  assert.equal(badTimeout.code, 2);
  assert.match(badTimeout.stderr, /--timeout must be a positive number, not "soon"/);
});

function entry(over: Partial<IndexEntry>): IndexEntry {
  return { schemaVersion: "1.0.0", spec: "x", scanner: { name: "mcp-warden", version: "0", build: "0000000000000000" }, status: "scanned", timeMs: { wall: 1 }, ...over };
}

test("summary: verdicts, findings per rule, slowest first, failures; package text cannot break the Markdown", () => {
  const s = summarize([
    entry({ name: "a|b", version: "1.0.0", verdict: "dangerous", counts: { critical: 0, high: 2, medium: 1, low: 0 }, rules: { ssrf: 2, "secret-in-log": 1 }, timeMs: { scan: 1500, wall: 3000 }, incomplete: ["dist/x.js"] }),
    entry({ name: "c", version: "2.0.0", verdict: "ok", counts: { critical: 0, high: 0, medium: 0, low: 1 }, rules: { "mixed-blast-radius": 1 }, timeMs: { scan: 2500, wall: 2600 } }),
    entry({ spec: "gone-mcp@1.0.0", status: "failed", error: "timed out after 120 s" }),
  ]);
  assert.deepEqual(s.rules, [
    { rule: "ssrf", findings: 2, packages: 1 },
    { rule: "mixed-blast-radius", findings: 1, packages: 1 },
    { rule: "secret-in-log", findings: 1, packages: 1 },
  ]);
  assert.deepEqual(s.slowest.map((x) => x.package), ["c@2.0.0", "a|b@1.0.0"]);
  assert.equal(s.incomplete, 1);
  const text = renderSummaryText(s);
  assert.match(text, /^3 targets: 2 scanned, 1 failed\nverdicts: 1 dangerous, 0 review, 1 ok\n/);
  assert.match(text, /failures:\n {2}gone-mcp@1\.0\.0: timed out after 120 s\n/);
  const md = renderSummaryMarkdown(s);
  assert.match(md, /\| a\\\|b@&#8203;1\.0\.0 \| 1\.5 s \| 3\.0 s \|/);
});

test("eval labels: halves by the name's hash, label file names, matching by rule + file + line, stale labels counted", () => {
  assert.deepEqual(["repo-insights-mcp", "@playwright/mcp", "mcp-remote"].map(halfOf), ["holdout", "dev", "holdout"]);
  assert.equal(labelFileName("@modelcontextprotocol/server-github"), "modelcontextprotocol__server-github.json");
  const labels = readLabels(LABELS, "repo-insights-mcp");
  assert.ok(labels);
  const table = precisionTable([
    {
      name: "repo-insights-mcp",
      findings: [
        { rule: "credential-exfiltration", severity: "critical", file: "telemetry.js", line: 5 },
        { rule: "secret-in-log", severity: "medium", file: "index.js", line: 12 },
        { rule: "mixed-blast-radius", severity: "low", file: "index.js", line: 9 },
      ],
      labels,
    },
  ]);
  const all = table.byRule.get("all")!;
  assert.deepEqual(all.medium.holdout, { findings: 2, labelled: 1, tp: 1, fp: 0, debatable: 0 });
  assert.deepEqual(all.high.holdout, { findings: 1, labelled: 1, tp: 1, fp: 0, debatable: 0 });
  assert.deepEqual(all.medium.dev, { findings: 0, labelled: 0, tp: 0, fp: 0, debatable: 0 });
  assert.equal(table.byRule.has("mixed-blast-radius"), false, "low findings are not counted");
  assert.deepEqual(table.stale, { dev: 0, holdout: 1 });
  assert.equal(readLabels(LABELS, "no-such-package"), undefined);
  assert.deepEqual([0.5, 0.95, 1].map((q) => quantile(Array.from({ length: 20 }, (_, i) => i + 1), q)), [10, 19, 20]);
});

test("eval labels: findings sharing a line take the label with their message; a changed severity needs its own verdict", () => {
  const label = (message: string, verdict: Label["verdict"], severity = "high"): Label => ({ rule: "ssrf", severity, file: "dist/index.js", line: 7, message, verdict });
  const labels = [label("url of fetch_page", "tp"), label("url of fetch_image", "fp"), label("host of ping", "debatable", "medium")];
  const { labelOf, stale } = matchLabels(
    [
      { rule: "ssrf", severity: "high", file: "dist/index.js", line: 7, message: "url of fetch_image (reworded)" },
      { rule: "ssrf", severity: "high", file: "dist/index.js", line: 7, message: "url of fetch_page" },
      { rule: "ssrf", severity: "high", file: "dist/index.js", line: 7, message: "host of ping" },
      { rule: "ssrf", severity: "high", file: "dist/index.js", line: 8, message: "url of fetch_page" },
    ],
    labels,
  );
  assert.deepEqual(labelOf.map((l) => l?.verdict), ["fp", "tp", undefined, undefined]);
  assert.deepEqual(stale.map((l) => l.message), ["host of ping"]);
});

test("api: `import { batch } from \"mcp-warden\"` scans a folder into a store whose summary says what it found", async () => {
  const specifier = "mcp-warden";
  const api = (await import(specifier)) as typeof import("../analyzer/index.js");
  const dir = tempDir();
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "api-batch-demo", version: "0.2.0", scripts: { postinstall: "node setup.js" } }));
  // The script loads a package the scan cannot see, so the install script stays medium (review).
  writeFileSync(path.join(dir, "setup.js"), "require('setup-helper');\n");
  const result = await api.batch(api.readTargets([dir]), { out: path.join(dir, "..", `${path.basename(dir)}-store`), offline: true });
  assert.deepEqual(result.entries.map((e) => [e.name, e.version, e.status, e.verdict, e.rules]), [["api-batch-demo", "0.2.0", "scanned", "review", { "install-script": 1 }]]);
  assert.equal(result.entries[0].integrity, undefined, "a folder has no integrity");
  assert.match(api.renderSummaryText(result.summary), /^1 targets: 1 scanned, 0 failed\nverdicts: 0 dangerous, 1 review, 0 ok\n/);
  const rerun = await api.batch(api.readTargets([dir]), { out: result.out, offline: true });
  assert.deepEqual([rerun.scanned, rerun.skipped], [1, 0], "a folder is scanned again: it can change under the same version");
});

test("progress: one redrawn bar on a terminal, plain lines (ends only) otherwise", () => {
  const written: string[] = [];
  const stream = (isTTY: boolean) => ({ isTTY, columns: 80, write: (s: string) => written.push(s) }) as unknown as NodeJS.WriteStream;
  const target = { spec: "demo-mcp@1.0.0" };
  const done = entry({ spec: "demo-mcp@1.0.0", name: "demo-mcp", version: "1.0.0", verdict: "review", timeMs: { scan: 1234, wall: 2000 } });
  const events = [
    { kind: "start" as const, target, finished: 0, total: 2, running: 1 },
    { kind: "done" as const, target, finished: 1, total: 2, running: 0, entry: done },
    { kind: "skipped" as const, target, finished: 2, total: 2, running: 0, entry: done },
  ];
  const plain = progressReporter(stream(false));
  events.forEach(plain);
  assert.deepEqual(written.splice(0), ["1/2 demo-mcp@1.0.0: review, 1.2 s\n", "2/2 demo-mcp@1.0.0: already in the index\n"]);
  const bar = progressReporter(stream(true));
  events.forEach(bar);
  assert.deepEqual(written, [
    "\r\x1b[K[------------------------] 0/2 (1 running) ",
    "\r\x1b[K[############------------] 1/2 (0 running) 1/2 demo-mcp@1.0.0: review, 1.2 s",
    // Cut to the terminal's width, so a redraw never wraps onto a second line.
    "\r\x1b[K[########################] 2/2 (0 running) 2/2 demo-mcp@1.0.0: already in the …",
    "\n",
  ]);
});

test("batch store: a line a killed writer left cut short is skipped, and the next entry starts on a line of its own", () => {
  const dir = tempDir();
  appendIndex(dir, entry({ spec: "a" }));
  writeFileSync(path.join(dir, "index.jsonl"), readFileSync(path.join(dir, "index.jsonl"), "utf8") + '{"spec":"b","sch', { flag: "w" });
  appendIndex(dir, entry({ spec: "c" }));
  appendIndex(dir, entry({ spec: "d" }));
  assert.deepEqual(readIndex(dir).map((e) => e.spec), ["a", "c", "d"]);
  assert.equal(readFileSync(path.join(dir, "index.jsonl"), "utf8").split("\n").length, 5, "a, the cut line, c, d, and the final newline");
});

test("batch child: the scan's own errors are their message; a bug in the scanner is called one, with where it was thrown", () => {
  assert.equal(failureReason(new AcquireError("x.tgz does not exist")), "x.tgz does not exist");
  assert.equal(failureReason(new Error("integrity a is not the listed b")), "integrity a is not the listed b");
  let bug: unknown;
  try {
    JSON.stringify((undefined as unknown as { x: number }).x);
  } catch (err) {
    bug = err;
  }
  const [first, ...rest] = failureReason(bug).split("\n");
  assert.match(first, /^internal error: TypeError: Cannot read properties of undefined \(reading 'x'\) \(at .*batch\.test\.js:\d+:\d+\)$/);
  assert.ok(rest.some((l) => /^\s+at /.test(l)), "the whole stack follows the first line");
  assert.equal(failureReason("thrown string"), "internal error: thrown string");
});

test("eval:popular refuses an argument it does not take, and --only names packages exactly", () => {
  assert.equal(unknownArgument(["--offline", "--only", "a,b", "--timeout", "120"]), undefined);
  assert.equal(unknownArgument(["--help"]), "--help");
  assert.equal(unknownArgument(["--offline", "--labls", "x"]), "--labls");
  // A valued flag's value is not read as a flag, even when it looks like one.
  assert.equal(unknownArgument(["--out", "--json"]), undefined);
  // A valued flag left without its value is reported as that flag (the script says it needs a value).
  assert.equal(unknownArgument(["--offline", "--only"]), "--only");
  assert.equal(isNamed("@scope/mcp-server@1.2.3", ["@scope/mcp-server"]), true);
  assert.equal(isNamed("@scope/mcp-server-extra@1.0.0", ["@scope/mcp-server"]), false);
  assert.equal(isNamed("mcp-remote@0.15.1", ["mcp"]), false);
  assert.equal(isNamed("mcp-remote@0.15.1", ["mcp-remote@0.15.1"]), true);
});
