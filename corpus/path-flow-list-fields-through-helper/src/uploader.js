import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const ASSETS = path.resolve(process.env.ASSET_DIR ?? "assets");

/** The images the asset folder holds for one region, as full paths. */
export function imagesOf(region) {
  const dir = path.join(ASSETS, "regions");
  return readdirSync(dir).filter((f) => f.startsWith(`${region}-`) && f.endsWith(".png")).map((f) => path.join(dir, f));
}

export class Uploader {
  async uploadGroup(jobs) {
    const sent = [];
    for (const job of jobs) sent.push(await this.uploadOne(job));
    return sent;
  }

  async uploadOne(job) {
    const { images = [], caption, notePath } = job;
    let bytes = 0;
    for (const image of images) {
      // ok: path-traversal
      bytes += readFileSync(image).length;
    }
    // The note file is the caller's: a job field the caller filled reaches the read.
    // expect: path-traversal
    const note = notePath ? readFileSync(notePath, "utf8") : "";
    return `${caption}: ${bytes} bytes${note ? ` (${note.length} chars of notes)` : ""}`;
  }
}
