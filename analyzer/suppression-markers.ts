// A scanned package cannot silence its own scan: mcp-warden has no
// suppression mechanism inside packages at all (no ignore file, no inline
// comment is ever read as one), and nothing may add one. What a package ships
// to silence security scanners is itself worth a note, so the reader knows it
// was there and had no effect.
import type { Diagnostic, PackageSource } from "./types.js";

/** Files whose only purpose is telling a scanner what to ignore. */
const IGNORE_FILES = /(^|\/)(\.mcp-warden-?ignore|\.mcpwardenignore|\.semgrepignore|\.snyk|\.socketignore|\.trivyignore|\.gitleaksignore|\.bearer\.yml)$/i;

/**
 * Inline markers aimed at security scanners (ours, semgrep, bandit-style nosec,
 * CodeQL/LGTM, Snyk, Socket, gitleaks). `eslint-disable` alone is everyday
 * linting, not a scanner suppression; it counts only when it turns off a
 * security rule (`security/…`, `no-eval`, `no-implied-eval`, `no-new-func`).
 */
const INLINE_MARKERS = /\b(mcp-warden-(?:disable|ignore)[\w-]*|nosemgrep\b|nosec\b|lgtm\s*\[|codeql\[|snyk:?\s*ignore|socket:\s*ignore|gitleaks:allow)|eslint-disable(?:-next-line|-line)?\s+[^\n*]*\b(security\/[\w-]+|no-eval|no-implied-eval|no-new-func)\b/gi;

const TEXT_FILE = /\.(c|m)?[jt]sx?$|\.json$|\.ya?ml$|\.md$|^[^.]+$/i;
const MAX_SCAN_BYTES = 2 * 1024 * 1024;

export function suppressionMarkers(source: PackageSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const found: { file: string; line: number; marker: string }[] = [];
  for (const f of source.files) {
    if (IGNORE_FILES.test(f.path)) {
      found.push({ file: f.path, line: 1, marker: f.path.split("/").pop()! });
      continue;
    }
    if (!TEXT_FILE.test(f.path.split("/").pop()!) || f.bytes.length > MAX_SCAN_BYTES) continue;
    const text = f.bytes.toString("utf8");
    for (const m of text.matchAll(INLINE_MARKERS)) {
      let line = 1;
      for (let i = 0; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
      found.push({ file: f.path, line, marker: m[0].trim().slice(0, 60) });
      if (found.length > 200) break;
    }
  }
  const shown = found.slice(0, 20);
  for (const f of shown) {
    out.push({
      level: "note",
      code: "suppression-marker-ignored",
      file: f.file,
      line: f.line,
      message: `the package ships a scanner suppression (${f.marker}); mcp-warden never honors suppressions inside a scanned package, so it had no effect`,
    });
  }
  if (found.length > shown.length) {
    out.push({ level: "note", code: "suppression-marker-ignored", message: `${found.length - shown.length} more scanner suppression markers in the package (none has any effect)` });
  }
  return out;
}
