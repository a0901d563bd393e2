import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const spoolDir = join(tmpdir(), "render-spool");
const live = new Set();
const pins = new Map();

const folderOf = (renderId) => join(spoolDir, renderId);

// Seen again: the entry is written back from this helper's own parameter.
function touch(renderId) {
  live.add(renderId);
}

function retire(renderId) {
  live.delete(renderId);
}

function rememberPin(label, renderId) {
  pins.set(label, { renderId, pinnedAt: Date.now() });
}

export function queueRender(scene) {
  const renderId = randomUUID();
  touch(renderId);
  mkdirSync(folderOf(renderId), { recursive: true });
  writeFileSync(join(folderOf(renderId), "scene.json"), JSON.stringify(scene));
  return renderId;
}

export function renderLog(renderId) {
  if (!live.has(renderId)) throw new Error(`no render ${renderId}`);
  touch(renderId);
  // ok: path-traversal
  return readFileSync(join(folderOf(renderId), "render.log"), "utf8");
}

export function discardRender(renderId) {
  if (!live.has(renderId)) return false;
  retire(renderId);
  // ok: path-traversal
  rmSync(folderOf(renderId), { recursive: true, force: true });
  return true;
}

export function pinRender(label, renderId) {
  if (!live.has(renderId)) throw new Error(`no render ${renderId}`);
  rememberPin(label, renderId);
}

export function exportPin(label) {
  if (!pins.has(label)) throw new Error(`no pin ${label}`);
  const pin = pins.get(label);
  // expect: path-traversal
  writeFileSync(join(spoolDir, "pins", `${label}.json`), JSON.stringify(pin));
}
