import fs from "node:fs";
import path from "node:path";

export const BOX = path.resolve(process.env.RECIPE_DIR ?? path.join(process.cwd(), "recipes"));
const EXTRA = (process.env.RECIPE_EXTRA_DIRS ?? "").split(path.delimiter).filter(Boolean).map((d) => path.resolve(d));

/** Throws unless `name` resolves inside the recipe box. */
export function assertInsideBox(name) {
  const rel = path.relative(BOX, path.resolve(BOX, name));
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`${name} is outside the recipe box`);
  }
}

/** Same check against a root the caller gives. */
export function assertInside(root, name) {
  const rel = path.relative(root, path.resolve(root, name));
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`${name} is outside ${root}`);
  }
}

/** A plain relative name: no `..` segment, not absolute, no drive letter. */
export function assertPlainName(name) {
  const segments = name.split(/[\\/]/);
  if (segments.includes("..") || path.isAbsolute(name) || /^[a-zA-Z]:/.test(name)) {
    throw new Error(`bad recipe name: ${name}`);
  }
}

export function assertNoDotDot(name) {
  if (name.includes("..")) throw new Error("no parent folders");
}

/** The real path of a recipe, symlinks resolved, refused when it leaves the box. */
export function realRecipePath(name) {
  const real = fs.realpathSync(path.resolve(BOX, name));
  if (real !== BOX && !real.startsWith(BOX + path.sep)) {
    throw new Error(`${name} points outside the recipe box`);
  }
  return real;
}

export function realRecipePathLoose(name) {
  const real = fs.realpathSync(path.resolve(BOX, name));
  if (!real.startsWith(BOX)) throw new Error("outside");
  return real;
}

export function isUnderAnyRoot(candidate) {
  const resolved = path.resolve(candidate);
  return [BOX, ...EXTRA].some((root) => resolved === root || resolved.startsWith(root + path.sep));
}

export function isAllowedByList(candidate) {
  if (EXTRA.length === 0) return true;
  const resolved = path.resolve(candidate);
  return EXTRA.some((root) => resolved.startsWith(root + path.sep));
}

/** Named like containment, but `/srv/recipes-old` passes for `/srv/recipes`. */
export function isInsideRecipeFolders(candidate) {
  const resolved = path.resolve(candidate);
  return [BOX, ...EXTRA].some((root) => resolved.startsWith(root));
}

const RECIPE_HOSTS = new Set(["recipes.example.org", "cdn.recipes.example.org"]);

/** Only the recipe site, over https. */
export function isAllowedRecipeUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== "https:") return false;
  return RECIPE_HOSTS.has(parsed.hostname);
}
