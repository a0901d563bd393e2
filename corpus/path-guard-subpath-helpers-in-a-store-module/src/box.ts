import path from "node:path";
import { realpath } from "node:fs/promises";

const BOX = path.resolve(process.env.RECIPE_DIR ?? "recipes");
const BOX_WITH_SEP = BOX.endsWith(path.sep) ? BOX : BOX + path.sep;

export const BOX_DIR = BOX;

export function isSubPath(child: string): boolean {
  const rel = path.relative(BOX, child);
  return !rel.startsWith("..") && !path.isAbsolute(rel);
}

export function boxPath(name: string): string {
  const full = path.resolve(BOX, name);
  if (!full.startsWith(BOX_WITH_SEP) && full !== BOX) throw new Error(`${name} is outside the recipe box`);
  return full;
}

export async function realBoxPath(name: string): Promise<string> {
  const real = await realpath(path.resolve(BOX, name));
  const rel = path.relative(BOX, real);
  if (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) throw new Error(`${name} is outside the recipe box`);
  return real;
}

export class Shelf {
  constructor(private readonly root: string = BOX) {}

  resolveInside(name: string): string {
    const full = path.resolve(this.root, name);
    const rel = path.relative(this.root, full);
    if (rel.split(path.sep)[0] === ".." || path.isAbsolute(rel)) throw new Error(`${name} is outside the shelf`);
    return full;
  }

  resolveLoosely(name: string): string {
    const full = path.resolve(this.root, name);
    // Only the first segment of the name itself: `a/../../x` climbs past it.
    if (name.split(path.sep)[0] === "..") throw new Error(`${name} is outside the shelf`);
    return full;
  }
}
