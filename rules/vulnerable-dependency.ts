// vulnerable-dependency: what the package's declared dependencies expose a
// user to. Two readings:
// - a registry range that admits a version with a published advisory
//   (online: the registry's bulk advisory endpoint; skipped with a note under --offline);
// - a dependency that bypasses the registry altogether (plain-HTTP, tarball
//   and git URLs): no integrity pin, no advisories can ever be matched, and the
//   content can change under the same address. These are reported here, as the
//   `unverifiable-source` kind of this rule, because the question is the same:
//   "can I trust what this dependency installs?", and it needs no network.
import type { PackageSource, Severity } from "../analyzer/types.js";
import type { Rule } from "./types.js";
import { type AdvisoryReport, checkAdvisories, registryDependencies } from "./util/advisories.js";
import { lineOfJsonKey } from "./util/manifest-location.js";

const reports = new WeakMap<PackageSource, AdvisoryReport>();

/** Registry severities to ours (`moderate` is the registry's medium, `info` its lowest). */
function severityOf(advisory: string): Severity {
  switch (advisory.toLowerCase()) {
    case "critical":
      return "critical";
    case "high":
      return "high";
    case "moderate":
    case "medium":
      return "medium";
    default:
      return "low";
  }
}

const SEVERITY_ORDER: Severity[] = ["critical", "high", "medium", "low"];

/** Sections a consumer's install actually installs (devDependencies are the author's). */
const INSTALLED_SECTIONS = ["dependencies", "optionalDependencies", "peerDependencies"] as const;

export interface UnverifiableSource {
  severity: Severity;
  what: string;
}

/** Judges a dependency spec that is not a registry range: URL tarballs and git sources. */
export function unverifiableSource(spec: string): UnverifiableSource | undefined {
  const s = spec.trim();
  if (/^http:\/\//i.test(s)) return { severity: "high", what: "is downloaded over plain HTTP: anyone on the network path can replace it, and there is no integrity pin or advisory for it" };
  if (/^git:\/\//i.test(s) || /^git\+http:\/\//i.test(s)) return { severity: "high", what: "is fetched from git over an unencrypted protocol, and its install runs the repository's prepare script" };
  const gitLike = /^(git\+(https|ssh|file):\/\/|git@|github:|gitlab:|bitbucket:|gist:)/i.test(s) || /^[A-Za-z0-9][\w.-]*\/[\w.-]+(#.*)?$/.test(s);
  if (gitLike) {
    const pinned = /#[0-9a-f]{40}$/i.test(s);
    return pinned
      ? { severity: "low", what: "comes from a git commit, outside the registry (pinned to a commit, but no advisory can be matched, and installing it runs its prepare script)" }
      : { severity: "medium", what: "comes from a git branch or tag, outside the registry: it can change under the same spec, no advisory can be matched, and installing it runs its prepare script" };
  }
  if (/^https:\/\//i.test(s)) return { severity: "medium", what: "is a tarball URL outside the registry: it can change under the same address, npm has no integrity pin for it, and no advisory can be matched" };
  return undefined;
}

export const vulnerableDependency: Rule = {
  meta: {
    id: "vulnerable-dependency",
    title: "Vulnerable or unverifiable dependency",
    defaultSeverity: "medium",
    threat: "supply-chain",
    cwe: [1395, 829],
    summary: "A declared dependency range admits a version with a published advisory, or a dependency comes from a URL or git outside the registry.",
    description:
      "Each registry dependency range is checked against the advisories the registry publishes (its bulk advisory endpoint, as `npm audit` uses): a range that admits a vulnerable version is reported at the advisory's severity. Dependencies given as plain-HTTP, tarball or git URLs are reported too (`unverifiable-source`): they bypass the registry's integrity and advisory checks. The advisory check needs the network; with `--offline` or `--no-advisories` it is skipped, and a lookup that fails is reported the same way: one note, not a finding or a warning.",
    help: [
      "**Why it matters.** A user who installs the server installs whatever its ranges resolve to today; a range that admits a vulnerable version can install it. A URL or git dependency is worse in one way: nothing pins or audits what it serves.",
      "",
      "**How to fix.** Raise the range's lower bound above the fixed version (`^4.17.21`), or replace the dependency. Publish URL and git dependencies to the registry, or pin git dependencies to a full commit hash.",
      "",
      "```json",
      '"dependencies": { "helper": "http://203.0.113.7/helper-1.0.0.tgz" }   // replaceable by anyone on the path',
      "```",
      "",
      "`properties.kind` is `advisory` or `unverifiable-source`. Severity: the advisory's (`moderate` is medium); for sources, high over plain HTTP or `git://`, medium for HTTPS tarballs and unpinned git, low for git pinned to a commit.",
    ].join("\n"),
    precision: "high",
  },
  async prepare(source, network) {
    reports.set(source, await checkAdvisories(registryDependencies(source.facts), network));
  },
  check(ctx) {
    const { facts, manifestText } = ctx.source;
    const lineOf = (section: string, key: string) => (manifestText ? lineOfJsonKey(manifestText, section, key) : 1);
    for (const section of INSTALLED_SECTIONS) {
      for (const [key, spec] of Object.entries(facts[section])) {
        const u = unverifiableSource(spec);
        if (!u) continue;
        ctx.report({
          severity: u.severity,
          message: `${section}: "${key}": "${spec}" ${u.what}`,
          location: { file: "package.json", line: lineOf(section, key), column: 1 },
          fix: "Depend on a registry release, or pin git dependencies to a full commit hash over HTTPS.",
          fingerprintKey: `source|${section}|${key}`,
          properties: { kind: "unverifiable-source", dependency: key, spec },
        });
      }
    }
    const report = reports.get(ctx.source);
    if (!report) return;
    if (report.status === "skipped-offline" || report.status === "skipped" || report.status === "failed") {
      // One note whatever the reason: an unreachable advisory endpoint says nothing about the package's code.
      const code = report.status === "failed" ? "advisories-unavailable" : report.status === "skipped" ? "advisories-skipped" : "advisories-skipped-offline";
      ctx.diagnostic({ level: "note", code, file: "package.json", message: report.message ?? "advisories were not checked" });
      return;
    }
    for (const [id, found] of report.matches) {
      const [section, key] = id.split("\0");
      const spec = facts[section as (typeof INSTALLED_SECTIONS)[number]][key];
      const sorted = [...found].sort((a, b) => SEVERITY_ORDER.indexOf(severityOf(a.advisory.severity)) - SEVERITY_ORDER.indexOf(severityOf(b.advisory.severity)));
      const worst = sorted[0];
      const others = sorted.length > 1 ? ` (and ${sorted.length - 1} more advisor${sorted.length === 2 ? "y" : "ies"})` : "";
      const admits = worst.admitted.length > 0 ? `admits ${worst.admitted.join(", ")}, affected by` : "overlaps the vulnerable range of";
      ctx.report({
        severity: severityOf(worst.advisory.severity),
        message: `${section}: "${key}": "${spec}" ${admits} "${worst.advisory.title}" (${worst.advisory.severity}, vulnerable ${worst.advisory.vulnerable_versions})${others}`,
        location: { file: "package.json", line: lineOf(section, key), column: 1 },
        fix: `Raise the lower bound of "${key}" past the vulnerable range${worst.advisory.url ? ` (see ${worst.advisory.url})` : ""}.`,
        fingerprintKey: `advisory|${key}|${worst.advisory.id}`,
        properties: { kind: "advisory", dependency: key, spec, advisory: String(worst.advisory.id), advisories: sorted.map((m) => String(m.advisory.id)), ...(worst.advisory.url ? { url: worst.advisory.url } : {}) },
      });
    }
  },
};
