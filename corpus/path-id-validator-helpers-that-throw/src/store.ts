import { promises as fs } from "node:fs";
import path from "node:path";

export class BoardStore {
  constructor(private readonly root = path.resolve(process.env.BOARDS_DIR ?? "./boards")) {}

  private sessionDir(id: string): string {
    return path.join(this.root, "sessions", id);
  }

  async readSession(id: string): Promise<string> {
    // ok: path-traversal
    return fs.readFile(path.join(this.sessionDir(id), "state.json"), "utf8");
  }

  async dropSession(id: string): Promise<void> {
    // ok: path-traversal
    await fs.rm(this.sessionDir(id), { recursive: true, force: true });
  }

  async readBoard(name: string): Promise<string> {
    // ok: path-traversal
    return fs.readFile(path.join(this.root, "boards", `${name}.svg`), "utf8");
  }

  async readNested(name: string): Promise<string> {
    // expect: path-traversal
    return fs.readFile(path.join(this.root, "nested", `${name}.svg`), "utf8");
  }

  async readArchive(id: string): Promise<string> {
    // expect: path-traversal
    return fs.readFile(path.join(this.root, "archive", id, "board.svg"), "utf8");
  }

  async readScratch(id: string): Promise<string> {
    // expect: path-traversal
    return fs.readFile(path.join(this.root, "scratch", id, "board.svg"), "utf8");
  }

  async readUnchecked(id: string): Promise<string> {
    // expect: path-traversal
    return fs.readFile(path.join(this.root, "loose", id, "board.svg"), "utf8");
  }
}
