// Media files live under MEDIA_ROOT; each reader checks the name its own way.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { looksLikeMediaName } from "wiki-slug-policy";

const MEDIA_ROOT = path.resolve(process.env.MEDIA_DIR ?? "./media");
const ROOT_SEGMENTS = MEDIA_ROOT.split(path.sep);

/** Segment-wise prefix comparison: correct, but written in a form no guard rule reads. */
function underMediaRoot(p) {
  const segs = path.resolve(MEDIA_ROOT, p).split(path.sep);
  return segs.length > ROOT_SEGMENTS.length && ROOT_SEGMENTS.every((s, i) => segs[i] === s);
}

function outsideMedia(p) {
  const segs = path.resolve(MEDIA_ROOT, p).split(path.sep);
  return segs.length <= ROOT_SEGMENTS.length || ROOT_SEGMENTS.some((s, i) => segs[i] !== s);
}

/** Throws unless the name is under the media root (same comparison, as an assertion). */
function requireMediaPath(p) {
  if (!underMediaRoot(p)) throw new Error("outside the media folder");
}

/** A bare prefix: `<root>-old/x` passes. */
function requireMediaPrefix(p) {
  if (!path.resolve(MEDIA_ROOT, p).startsWith(MEDIA_ROOT)) throw new Error("outside the media folder");
}

/** A deny-list from the settings: with no `exclude` list it lets every name through. */
function isExcludedName(p, settings) {
  if (!settings.exclude || settings.exclude.length === 0) return false;
  return settings.exclude.some((e) => e === p || p.startsWith(`${e}/`));
}

/** Returns data (the index entry), not a verdict: `if (!entry)` tests the lookup, not the name. */
function indexEntry(p) {
  const entries = loadIndex();
  return entries.find((e) => e.name === p) ?? { name: p, size: 0 };
}

function loadIndex() {
  return JSON.parse(process.env.MEDIA_INDEX ?? "[]");
}

/** Size is logged, nothing is checked. */
function noteRequest(p) {
  console.error(`media request: ${p.length} chars`);
}

export async function readImage(name) {
  if (!underMediaRoot(name)) return null;
  // expect: path-traversal (low)
  return readFile(path.resolve(MEDIA_ROOT, name));
}

export async function readVideo(name) {
  if (outsideMedia(name)) throw new Error("outside the media folder");
  // expect: path-traversal (low)
  return readFile(path.resolve(MEDIA_ROOT, name));
}

export async function readAudio(name) {
  requireMediaPath(name);
  // expect: path-traversal (low)
  return readFile(path.resolve(MEDIA_ROOT, name));
}

export async function readCaption(name) {
  // expect: path-traversal (low)
  return looksLikeMediaName(name) ? readFile(path.join(MEDIA_ROOT, "captions", name), "utf8") : "";
}

export async function readPoster(name) {
  requireMediaPrefix(name);
  // expect: path-traversal
  return readFile(path.resolve(MEDIA_ROOT, name));
}

export async function readThumbnail(name) {
  noteRequest(name);
  // expect: path-traversal
  return readFile(path.resolve(MEDIA_ROOT, name));
}

export async function readSubtitle(name) {
  if (isExcludedName(name, { exclude: process.env.MEDIA_EXCLUDE?.split(",") })) return null;
  // expect: path-traversal
  return readFile(path.resolve(MEDIA_ROOT, name));
}

export async function readStill(name) {
  const entry = indexEntry(name);
  if (!entry) return null;
  // expect: path-traversal
  return readFile(path.resolve(MEDIA_ROOT, entry.name));
}
