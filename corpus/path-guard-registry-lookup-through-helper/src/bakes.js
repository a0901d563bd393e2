import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const bakes = new Map();
const drafts = new Map();

export function bakesRoot() {
  return join(process.env.BAKE_HOME ?? join(homedir(), ".bakes"), "records");
}

function recordFile(id) {
  return join(bakesRoot(), `${id}.json`);
}

/** Another process may have started bakes since: their records are on disk. */
function reload() {
  if (!existsSync(bakesRoot())) return;
  for (const name of readdirSync(bakesRoot())) {
    if (!name.endsWith(".json")) continue;
    try {
      const rec = JSON.parse(readFileSync(join(bakesRoot(), name), "utf8"));
      if (rec && typeof rec.id === "string") bakes.set(rec.id, rec);
    } catch {
      // a half-written record is skipped
    }
  }
}

export async function startBake(recipe) {
  const id = `b${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const rec = { id, recipe, state: "queued" };
  bakes.set(id, rec);
  mkdirSync(bakesRoot(), { recursive: true });
  writeFileSync(recordFile(id), JSON.stringify(rec));
  return id;
}

export async function findBake(id) {
  reload();
  return bakes.get(id) ?? null;
}

export async function bakeReport(id) {
  const bake = await findBake(id);
  if (!bake) throw new Error(`no bake ${id}`);
  // ok: path-traversal
  return readFileSync(join(bakesRoot(), `${id}.report.txt`), "utf8");
}

export async function dropBake(id) {
  const bake = await findBake(id);
  if (bake === null) return false;
  bakes.delete(id);
  // ok: path-traversal
  rmSync(recordFile(id), { force: true });
  return true;
}

export async function finishBake(id) {
  const bake = await findBake(id);
  if (!bake) throw new Error(`no bake ${id}`);
  const done = { ...bake, state: "done" };
  // Written back under the key just found: no new key.
  bakes.set(id, done);
  // ok: path-traversal
  writeFileSync(recordFile(id), JSON.stringify(done));
}

export function keepDraft(title, body) {
  drafts.set(title, { body, at: Date.now() });
}

const draftOf = (title) => drafts.get(title);

export function saveDraft(title) {
  const draft = draftOf(title);
  if (!draft) throw new Error(`no draft ${title}`);
  // expect: path-traversal
  writeFileSync(join(bakesRoot(), "drafts", `${title}.md`), draft.body);
}

/** A fallback answer is no lookup: any name passes. */
function bakeOrDefault(id) {
  return bakes.get(id) ?? { id: "default", state: "none" };
}

export function bakeNotes(id) {
  const bake = bakeOrDefault(id);
  if (!bake) throw new Error("unreachable");
  // expect: path-traversal
  return readFileSync(join(bakesRoot(), `${id}.notes.txt`), "utf8");
}
