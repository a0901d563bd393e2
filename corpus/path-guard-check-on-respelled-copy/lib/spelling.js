import path from "node:path";

// Windows drive paths written the POSIX way (/d/notes) become D:\notes.
function driveForm(p) {
  if (/^\/[a-zA-Z]\//.test(p) && process.platform === "win32") {
    const drive = p.charAt(1).toUpperCase();
    return `${drive}:${p.slice(2).replace(/\//g, "\\")}`;
  }
  return p;
}

// One spelling per path: no quotes around it, single separators, no trailing one.
export function tidyPath(p) {
  p = p.trim().replace(/^["']|["']$/g, "");
  if (p.startsWith("/") && process.platform !== "win32") {
    return p.replace(/\/+/g, "/").replace(/(?<!^)\/$/, "");
  }
  p = driveForm(p).replace(/\\\\/g, "\\");
  const tidy = path.normalize(p);
  return process.platform === "win32" ? tidy.replace(/\//g, "\\") : tidy;
}

// Drops parent steps instead of resolving them: another path than the one given.
export function withoutParentSteps(p) {
  return p.replace(/\.\.[\/\\]/g, "").replace(/\/+/g, "/");
}
