// Fetches every package of the evaluation lists (eval/popular-servers.json and
// eval/fresh-servers.json) into the gitignored .cache/ (tarball checked against
// the pinned integrity, unpacked into .cache/packages/<key>/package), one at a
// time, so that later scans run offline on files on disk. Nothing is executed.
//
//   node dist/scripts/fetch-eval-packages.js [--list popular|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|all] [--from N] [--to N]
//
// `--from`/`--to` select list positions (0-based, `--to` exclusive) of each list.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fetchPackage, REPO_ROOT, type PackageSpec } from "./real-package-cache.js";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const which = option("--list") ?? "all";
const from = Number(option("--from") ?? 0);
const to = Number(option("--to") ?? Infinity);
const files = (which === "all" ? ["popular", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12"] : [which]).map((l) => path.join(REPO_ROOT, "eval", `${l}-servers.json`));

let failed = 0;
for (const file of files) {
  if (!existsSync(file)) continue;
  const servers = (JSON.parse(readFileSync(file, "utf8")) as { servers: PackageSpec[] }).servers.slice(from, to);
  for (const s of servers) {
    const started = Date.now();
    try {
      const got = await fetchPackage({ name: s.name, version: s.version, integrity: s.integrity });
      process.stdout.write(`ok ${got.spec} ${Date.now() - started} ms\n`);
    } catch (err) {
      failed++;
      process.stdout.write(`FAILED ${s.name}@${s.version}: ${(err as Error).message.split("\n")[0]}\n`);
    }
  }
}
process.exitCode = failed ? 1 : 0;
