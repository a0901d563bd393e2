// Never print a secret in full (DESIGN.md): keep a short prefix, hide the rest.

/** `ghp_abcdef...` → `ghp_ab…(36 chars)`. */
export function maskSecret(value: string, keep = 6): string {
  if (value.length <= keep + 2) return `${value.slice(0, Math.min(2, value.length))}…`;
  return `${value.slice(0, keep)}…(${value.length} chars)`;
}

/**
 * Token shapes that must never appear whole in a snippet or message. The
 * hardcoded-secret rule keeps the full provider catalog; this list only needs
 * to recognize that something is a secret well enough to mask it.
 */
const SECRET_SHAPES: RegExp[] = [
  /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g,
  /\b(npm_[A-Za-z0-9]{30,})/g,
  /\b((?:AKIA|ASIA)[A-Z0-9]{16})/g,
  /\b(xox[abposr]-[A-Za-z0-9-]{10,})/g,
  /\b((?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,})/g,
  /\b(sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,})/g,
  /\b(AIza[0-9A-Za-z_-]{35})/g,
  /\b(glpat-[A-Za-z0-9_-]{20,})/g,
  /(-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]{0,40})/g,
];

export function maskSecretsInText(text: string): string {
  let out = text;
  for (const re of SECRET_SHAPES) out = out.replace(re, (m) => maskSecret(m));
  return out;
}
