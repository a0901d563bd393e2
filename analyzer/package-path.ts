// Paths inside a package, as its files are keyed (`dist/index.js`): what a
// script line or an import names, normalized, or nothing when it leaves the package.

/** `a/./b/../c` → `a/c`; undefined when it climbs out of the package. */
export function normalizePath(p: string): string | undefined {
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}
