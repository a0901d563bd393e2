// Finding the line of a key in package.json text, for findings located in the manifest.

/** 1-based line of `"key":` inside the object `"parent": { ... }`, else of the first `"key":`, else 1. */
export function lineOfJsonKey(text: string, parent: string | undefined, key: string): number {
  const quotedKey = new RegExp(`"${escapeRegExp(key)}"\\s*:`, "g");
  let from = 0;
  if (parent) {
    const p = new RegExp(`"${escapeRegExp(parent)}"\\s*:\\s*\\{`).exec(text);
    if (p) from = p.index;
  }
  quotedKey.lastIndex = from;
  const m = quotedKey.exec(text) ?? (from > 0 ? ((quotedKey.lastIndex = 0), quotedKey.exec(text)) : null);
  if (!m) return 1;
  return lineAt(text, m.index);
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
