// Resolvers that return the path they checked, and throw when the check fails.
// The path module's functions are imported by name.
import { promises as fs, realpathSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { isPortable } from "portable-names";

const VAULT = resolve(process.env.SNIPPET_VAULT ?? "./vault");

function vaultRoot() {
  return VAULT;
}

/** `relative` + not `..` + not absolute, then the resolved path is returned. */
function resolveUnder(root, file) {
  const full = resolve(root, file);
  const rel = relative(root, full);
  if (rel === ".." || rel.startsWith(".." + sep) || isAbsolute(rel)) {
    throw new Error(`${file} is outside the vault`);
  }
  return full;
}

/** One wrapper: the root is the vault's. */
function resolveInVault(file) {
  return resolveUnder(vaultRoot(), file);
}

/** Two wrappers. */
function resolveShared(file) {
  return resolveInVault(join("shared", file));
}

/** realpath on both sides, then a prefix that ends at the separator. */
function realInVault(file) {
  const real = realpathSync(resolve(VAULT, file));
  const root = realpathSync(VAULT);
  if (!real.startsWith(root + sep)) throw new Error("outside the vault");
  return real;
}

/** A verdict helper: the folder itself, or a prefix ending at the bare imported `sep`. */
function within(child, parent) {
  return child === parent || child.startsWith(parent + sep);
}

/** Its twin with no separator after the folder. */
function withinLoose(child, parent) {
  return child === parent || child.startsWith(parent);
}

export async function readArchived(file) {
  const real = realpathSync(resolve(VAULT, "archive", file));
  if (!within(real, realpathSync(VAULT))) throw new Error("outside the vault");
  // ok: path-traversal
  return fs.readFile(real, "utf8");
}

export async function readOld(file) {
  const real = realpathSync(resolve(VAULT, "old", file));
  if (!withinLoose(real, realpathSync(VAULT))) throw new Error("outside the vault");
  // expect: path-traversal
  return fs.readFile(real, "utf8");
}

/** A prefix with no separator: `<vault>-old/...` passes. */
function legacyPath(file) {
  const full = resolve(VAULT, "legacy", file);
  if (!full.startsWith(VAULT)) throw new Error("outside the vault");
  return full;
}

/** `..` looked for in the raw text: an absolute path passes. */
function draftPath(file) {
  if (file.includes("..")) throw new Error("no parent segments");
  return resolve(VAULT, "drafts", file);
}

/** A policy from a package no model describes: the scanner cannot say what it keeps out. */
function importedPath(file) {
  if (!isPortable(file)) throw new Error("not a portable name");
  return join(VAULT, "imported", file);
}

export async function readSnippet(file) {
  // ok: path-traversal
  return fs.readFile(resolveUnder(VAULT, file), "utf8");
}

export async function readShared(file) {
  // ok: path-traversal
  return fs.readFile(resolveShared(file), "utf8");
}

export async function readPinned(file) {
  const full = resolveInVault(join("pinned", file));
  // ok: path-traversal
  return fs.readFile(full, "utf8");
}

export async function saveSnippet(file, body) {
  // ok: path-traversal
  await fs.writeFile(resolveInVault(file), body, "utf8");
}

export async function readLinked(file) {
  // ok: path-traversal
  return fs.readFile(realInVault(file), "utf8");
}

export async function readLegacy(file) {
  // expect: path-traversal
  return fs.readFile(legacyPath(file), "utf8");
}

export async function readDraft(file) {
  // expect: path-traversal
  return fs.readFile(draftPath(file), "utf8");
}

export async function readImported(file) {
  // expect: path-traversal (low)
  return fs.readFile(importedPath(file), "utf8");
}

export async function readRaw(file) {
  // expect: path-traversal
  return fs.readFile(join(VAULT, file), "utf8");
}
