// path-traversal: an untrusted value names the file or folder a file API
// reads, writes, deletes or serves, and no containment check that works
// dominates the call.
import { alphabetKnown, confinedToFolder } from "../analyzer/taint/shapes.js";
import { NO_DOT_DOT, PREFIX_CHECKED, RELATIVE, UNREAD_CHECK, type GuardKind } from "../analyzer/taint/spec.js";
import type { Rule } from "./types.js";
import { BROWSER_NAVIGATION_KIND, FILE_UPLOAD_KIND } from "./models/browser.js";
import { declaredCapability, fixedNamesUnder, pathLeads } from "./util/declared-purpose.js";
import { isUnsafe, reportFlow, shapeOf, unreadCheckOf, untrustedFlows, type UntrustedFlow } from "./util/untrusted-flows.js";
import type { RuleContext } from "./types.js";
import { CODE_RUNNING_FILES, SECRET_FILE_NAMES } from "./models/fixed-file-names.js";
import { CREATING_PATH_CALLS, READING_PATH_CALLS } from "./models/fs-paths.js";
import { CREDENTIAL_PATH_PATTERN } from "./models/credential-files.js";
import { FOLDER_CREATING } from "./models/capabilities.js";
import type { SinkHit } from "../analyzer/taint/spec.js";

/**
 * What the code checked, in words, when it checked something that does not
 * keep the value inside the folder: the finding says which half is missing.
 */
function checkDone(ctx: RuleContext, u: UntrustedFlow): string | undefined {
  const marks = shapeOf(ctx, u.flow, u.hit);
  if (marks.includes(PREFIX_CHECKED)) return "as a file path, past a prefix check with no separator after the root (`startsWith(root)`: a sibling folder whose name starts with the root's, `<root>-old`, passes)";
  if (alphabetKnown(marks)) return "as a file path, written in an alphabet that still holds a separator (standard base64 has `/`, and a name may start with it)";
  if (marks.includes(NO_DOT_DOT) && !marks.includes(RELATIVE)) return "as a file path, past a check that rejects `..` but lets an absolute path through";
  if (marks.includes(RELATIVE) && !marks.includes(NO_DOT_DOT)) return "as a file path, past a check that rejects absolute paths but not `..`";
  if (u.flow.guards.includes("regex-match")) return "as a file path, past a pattern check that still admits `../` or an absolute path";
  return undefined;
}

const NO_CHECK = "as a file path, with no containment check that works";

/**
 * Guards judged by what they do: containment after resolving (`path.relative`
 * checked for `..` and absolute, `startsWith(root + path.sep)`), or pinning the
 * value to known names. A strict pattern is not enough on its own: `[\w.]+`
 * still admits `..`.
 */
const GUARDS: readonly GuardKind[] = ["path-containment", "literal-equality", "allow-list", "type-check", "sanitizer-call"];

const FIX = "Resolve the path against the allowed root and check containment: `const rel = path.relative(root, path.resolve(root, p)); if (rel.startsWith('..') || path.isAbsolute(rel)) throw ...` (realpath first if symlinks matter); a bare `startsWith(root)` also admits `/root-evil`.";

export const pathTraversal: Rule = {
  meta: {
    id: "path-traversal",
    title: "Path traversal",
    defaultSeverity: "high",
    threat: "prompt-injection",
    cwe: [22],
    summary: "A tool argument chooses which file is read, written, deleted or served, with no containment check that works.",
    description:
      "A value the model chooses reaches `fs` (read, write, delete, mkdir, streams), fs-extra, `res.sendFile`/`res.download`, or an archive extractor's target without a guard that keeps it inside the allowed folder. `../../.ssh/id_rsa` or an absolute path then reaches any file the user can. Checks that do not work: `startsWith(root)` without a separator (`/data-evil` passes `/data`), `includes('..')` on the raw input (absolute paths, encoded forms), `path.normalize` without a containment check. A check in a helper (`if (!isWithinAllowed(p, roots)) throw ...`, also through a variable holding its result, or a method) counts when the helper's body does a working check on every path that returns true; a helper that throws unless the path is inside (`assertInside(p);`) counts for the code after the call when its checks come before any return; a helper whose verdict rests on a bare prefix does not count, whatever its name. A check on a copy of a canonical path (`path.resolve`, a real path) that one of the package's own helpers only respells (trims, collapses or turns separators, drops a trailing one, `path.normalize`) checks the path itself; a copy that drops `../`, keeps one part, or is text of the helper's own checks another path. A check the value can go around is not the boundary it crosses: `if (!path.isAbsolute(p)) p = path.resolve(base, p)` rejects nothing and lets an absolute `p` through unchanged, so the finding describes that way, not a half check. A check the model can switch off is no check: a root, or a list of roots, that comes from a tool argument, or an allow-list that passes when it is empty. A check the scanner cannot read is not proof of a hole: a path that passes a predicate from a package no model describes, or a user helper that compares it with computed values in a form no guard rule reads, is reported at low, naming the check to verify; a check known not to confine (a bare prefix, a half check) keeps the finding at its severity. An argument whose schema makes it a value rather than a path (an enum, a literal, a number, a uuid, an anchored pattern without `.` or separators) or that the code looks up in a constant map or list first is not a path. When the tool says this is what it is for (its name, description and schema declare the act and the argument is the whole path, or its leading part; a name or id the code puts under a root it chose or computes, its configured folder or one a function of its own finds, is not a path the model names, whatever the tool says about files), the finding is a capability: medium or low, listed under \"What it can do\", and the permission policy asks before each call; it stays an injection when the value crosses a boundary the code or the tool's text meant to keep (\"must be inside the allowed folder\"; advice to the caller about what to pass, \"should be a folder inside the workspace\", promises nothing). A folder the tool takes as its working folder (`outDir`, `projectRoot`) with only fixed names under it (`<outDir>/.extraction/analysis.json`) is said as such, at the same capability rung. A path that ends, however it is built, with a file name the code wrote (`<folder>/.notes/summary.md`) is read or written only under that name, whatever folder the argument picks: a low note, not a traversal, unless the name is one that runs code or grants access when written (a git hook or config, a shell start file, `authorized_keys`, `.npmrc`, a scheduler or autostart entry) or holds a secret when read (a credentials file, a private key): those keep the finding, and no tool's purpose makes them a capability. Deletes, moves and copies of a fixed name are not softened. A file handed to a web page by browser automation (`setInputFiles`, `uploadFile`, a file chooser) leaves the machine: when the model also picks the page, that is never a declared capability.",
    help: [
      "**Why it matters.** File tools are how a prompt injection reads `~/.ssh`, cloud credentials or other MCP servers' configs, or writes a shell profile.",
      "",
      "**How to fix.** Resolve, then check containment with a separator or `path.relative`:",
      "",
      "```ts",
      "const full = path.resolve(root, userPath);",
      "const rel = path.relative(root, full);",
      'if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("outside the allowed folder");',
      "```",
      "",
      "Use `fs.realpath` first when symlinks inside the root could point out of it.",
    ].join("\n"),
    precision: "high",
  },
  check(ctx) {
    const uploadsToChosenPage = uploadsToModelChosenPages(ctx);
    // A value with no `..` that is not absolute (or holds no separator at all) stays in the folder it is joined to.
    for (const first of untrustedFlows(ctx, "path-traversal", GUARDS, confinedToFolder)) {
      const u = aroundTheCheck(ctx, first);
      // Attaching a file may be what the tool is for; sending any file to a page the model also picks is not.
      if (uploadsToChosenPage.has(u.hit.node) && uploadsToChosenPage.get(u.hit.node)!.has(u.flow.label.id)) {
        reportFlow(ctx, u, "as a file path whose file is sent to a page the model also chooses, with no containment check that works", FIX, "high");
        continue;
      }
      const done = checkDone(ctx, u);
      // A check the scanner cannot read is not proof of a hole: said, at low, unless what else was checked is known not to confine.
      const unread = done ? undefined : unreadCheckOf(ctx, u, "path-traversal", GUARDS, confinedToFolder);
      if (unread) {
        reportFlow(ctx, u, `as a file path, past a check the scanner does not read (${unread}); verify that it confines the path`, FIX, "low");
        continue;
      }
      // A prefix check says the code meant to keep the path under a root: a broken boundary, not the tool's purpose.
      const prefixChecked = shapeOf(ctx, u.flow, u.hit).includes(PREFIX_CHECKED);
      // The argument picks only the folder of a file the code names (fixedNameUnderChosenFolder).
      const fixed = prefixChecked || done ? undefined : fixedNameUnderChosenFolder(ctx, u.hit);
      // A fixed name that runs code or hands over a secret is no tool's purpose either.
      const capability = prefixChecked || fixed?.dangerous ? undefined : declaredCapability(ctx, u);
      // Undeclared, the tool still only works in the folder it was given: a note, not a traversal.
      if (!capability && fixed && !fixed.dangerous) {
        reportFlow(ctx, u, fixed.what, "If the folder should stay inside a root, check it as a path; the file name is the code's.", "low", "fixed-name");
        continue;
      }
      // A dangerous fixed name says which file the chosen folder plants or gives away, not only that no check was made.
      reportFlow(ctx, u, capability ? "as a file path" : (done ?? (fixed?.dangerous ? fixed.what : NO_CHECK)), capability?.advice ?? FIX, undefined, "", capability);
    }
  },
};

/**
 * The way the value reaches the sink that skips the code's check, when there
 * is one: `if (!path.isAbsolute(p)) p = path.resolve(cwd, p)` checks nothing
 * on the branch that keeps an absolute `p`, so the same argument arrives both
 * with the mark and without it. The finding describes the unchecked way (a
 * check the value can go around is not the boundary it crosses).
 */
function aroundTheCheck(ctx: RuleContext, u: UntrustedFlow): UntrustedFlow {
  if (u.flow.guards.length === 0) return u;
  const bare = u.hit.flows.find((f) => f.label.id === u.flow.label.id && f.guards.length === 0 && !f.sanitizedFor.some((m) => m.startsWith(UNREAD_CHECK)) && isUnsafe(ctx, f, "path-traversal", GUARDS, u.hit, confinedToFolder));
  return bare ? { hit: u.hit, flow: bare } : u;
}

/** Upload calls (a local file handed to a page) → the untrusted labels that also choose a page the package navigates to. */
function uploadsToModelChosenPages(ctx: RuleContext): Map<unknown, Set<number>> {
  const out = new Map<unknown, Set<number>>();
  const uploads = ctx.taint.hitsOf(FILE_UPLOAD_KIND);
  if (uploads.length === 0) return out;
  const navigators = new Set(ctx.taint.hitsOf(BROWSER_NAVIGATION_KIND).flatMap((h) => (h.destination?.hostFixed ? [] : h.flows.map((f) => f.label.id))));
  for (const h of uploads) out.set(h.node, new Set(h.flows.map((f) => f.label.id).filter((id) => navigators.has(id))));
  return out;
}

/**
 * Every way the path is built ends with a file name the code wrote
 * (`<folder>/.specs/origin.md`), and the call reads it or writes it (no
 * delete, move, copy or mode change): whatever the argument holds, the file
 * is one of that name, in the folder the argument leads the path with.
 * Reading it is no traversal; writing it is the tool's
 * job in the folder it was given, unless the name is one that runs code or
 * grants access when written (a git hook, a shell start file,
 * `authorized_keys`), or holds a secret when read: those stay findings
 * (`dangerous`), never a declared capability. `what` is the finding's words.
 */
function fixedNameUnderChosenFolder(ctx: RuleContext, hit: SinkHit): { what: string; dangerous: boolean } | undefined {
  const tails = hit.destination?.fixedTails;
  // The folder must be the argument's from the start: a piece put under a root the code chose (`<cache>/<version>/x.json`)
  // crosses that root with `..`, and writes the name in any folder the root was meant to keep it from.
  // The engine's constants are those it knows a value may be, not always all: the call's own text must
  // say so too (`join(dir, ".notes", "summary.md")`, the folder first, then only names the code wrote).
  if (!tails?.length || !pathLeads(ctx, hit) || !fixedNamesUnder(ctx, hit)) return undefined;
  const fn = hit.callee.slice(hit.callee.lastIndexOf(".") + 1);
  const reads = READING_PATH_CALLS.has(fn);
  if (!reads && !CREATING_PATH_CALLS.has(fn)) return undefined;
  const names = tails.map((t) => t.split(/[\\/]/).pop() ?? t);
  const listed = (ns: readonly string[]) => [...new Set(ns)].slice(0, 3).map((n) => `\`${n}\``).join(", ");
  const secrets = reads ? tails.filter((t, i) => CREDENTIAL_PATH_PATTERN.test(t) || SECRET_FILE_NAMES.some((p) => p.test(names[i]))) : [];
  if (secrets.length > 0) return { dangerous: true, what: `as the folder of a file whose name the code fixes (${listed(secrets.map((t) => t.replace(/^[\\/]+/, "")))}), a name that holds a secret: the model picks whose secret is read, and no containment check keeps that folder in place` };
  const running = reads ? [] : tails.filter((t) => CODE_RUNNING_FILES.some((p) => p.test(t)));
  if (running.length > 0) return { dangerous: true, what: `as the folder it writes a file the code names into (${listed(running.map((t) => t.replace(/^[\\/]+/, "")))}), a name that runs code or grants access when written: the model picks where it takes effect, and no containment check keeps that folder in place` };
  const shown = listed(names);
  if (reads) return { dangerous: false, what: `as the folder of a file whose name the code fixes (${shown}): it picks the folder, not the file` };
  return {
    dangerous: false,
    what: FOLDER_CREATING.has(fn)
      ? `as the folder in which it makes a folder the code names (${shown}): the tool's own folder, in the folder the model gives it`
      : `as the folder it writes a file the code names into (${shown}): the tool's own file, in the folder the model gives it`,
  };
}
