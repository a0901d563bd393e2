import path from "node:path";

/** True when `candidate` is one of the roots or lies below one of them. */
export function isInsideAllowedRoots(candidate, roots) {
  if (typeof candidate !== "string" || roots.length === 0) return false;
  let resolved;
  try {
    resolved = path.resolve(path.normalize(candidate));
  } catch {
    return false;
  }
  return roots.some((root) => {
    const base = path.resolve(root);
    if (resolved === base) return true;
    return resolved.startsWith(base.endsWith(path.sep) ? base : base + path.sep);
  });
}
