import fs from "node:fs/promises";
import path from "node:path";
import { tidyPath, withoutParentSteps } from "./spelling.js";

let shares = [];
export function setShares(list) {
  shares = list.map((s) => path.resolve(s));
}

export function insideShares(candidate) {
  if (typeof candidate !== "string" || !candidate || shares.length === 0) return false;
  const full = path.resolve(path.normalize(candidate));
  return shares.some((share) => full === share || full.startsWith(share + path.sep));
}

function startsInShares(candidate) {
  return shares.some((share) => candidate.startsWith(share));
}

function underFirstShare(relative) {
  for (const share of shares) {
    const candidate = path.resolve(share, relative);
    if (insideShares(tidyPath(candidate))) return candidate;
  }
  return path.resolve(shares[0], relative);
}

// The folder of a note the user asked for, checked on its tidy spelling; links are followed and checked again.
export async function sharedPath(asked) {
  const absolute = path.isAbsolute(asked) ? path.resolve(asked) : underFirstShare(asked);
  const tidy = tidyPath(absolute);
  const allowed = insideShares(tidy);
  if (!allowed) throw new Error(`${asked} is outside the shared folders`);
  try {
    const real = await fs.realpath(absolute);
    const tidyReal = tidyPath(real);
    if (!insideShares(tidyReal)) throw new Error(`${asked} links outside the shared folders`);
    return real;
  } catch (error) {
    if (error.code === "ENOENT") return absolute;
    throw error;
  }
}

// The check sees the path with its parent steps dropped; the path returned still has them.
export function strippedCheckPath(asked) {
  const shown = withoutParentSteps(asked);
  if (!insideShares(path.resolve(shares[0], shown))) throw new Error(`${asked} is outside the shared folders`);
  return path.resolve(shares[0], asked);
}

// A prefix without a separator: /notes-private passes for /notes.
export function prefixCheckedPath(asked) {
  const absolute = path.resolve(asked);
  const tidy = tidyPath(absolute);
  if (!startsInShares(tidy)) throw new Error(`${asked} is outside the shared folders`);
  return absolute;
}
