// Never print a secret in full (DESIGN.md): keep a short prefix, hide the rest.
import { SECRET_FORMATS } from "../rules/models/secret-formats.js";

/** `ghp_abcdef...` → `ghp_ab…(36 chars)`. */
export function maskSecret(value: string, keep = 6): string {
  if (value.length <= keep + 2) return `${value.slice(0, Math.min(2, value.length))}…`;
  return `${value.slice(0, keep)}…(${value.length} chars)`;
}

/**
 * Token shapes that must never appear whole in a snippet or message: the same
 * provider catalog the hardcoded-secret rule finds (one list, not two).
 */
const SECRET_SHAPES: RegExp[] = SECRET_FORMATS.map((f) => new RegExp(f.pattern.source, f.pattern.flags.includes("g") ? f.pattern.flags : f.pattern.flags + "g"));

export function maskSecretsInText(text: string): string {
  let out = text;
  for (const re of SECRET_SHAPES) out = out.replace(re, (m) => maskSecret(m));
  return out;
}
