import { promises as fs } from "node:fs";
import * as path from "node:path";
import { assertNestedId, assertSnippetId } from "./ids.js";

const TAG = /^[a-z][a-z0-9-]*$/;

export function tagFile(root: string, tag: string): string {
  if (!TAG.test(tag)) throw new Error("bad tag");
  return path.join(root, "tags", `${tag}.txt`);
}

export class Shelf {
  constructor(private readonly root = path.resolve(process.env.SHELF_DIR ?? "./shelf")) {}

  folderOf(id: string): string {
    assertSnippetId(id);
    return path.join(this.root, "snippets", id);
  }

  previewPath(id: string): string {
    return path.join(this.folderOf(id), "preview.svg");
  }

  nestedFolder(id: string): string {
    assertNestedId(id);
    return path.join(this.root, "nested", id);
  }

  checkedElsewhere(id: string, name: string): string {
    assertSnippetId(id);
    return path.join(this.root, "snippets", name);
  }

  async writePreview(id: string, svg: string): Promise<void> {
    // ok: path-traversal
    await fs.writeFile(this.previewPath(id), svg, "utf8");
  }

  async readTag(tag: string): Promise<string> {
    // ok: path-traversal
    return fs.readFile(tagFile(this.root, tag), "utf8");
  }

  async readNested(id: string): Promise<string> {
    // expect: path-traversal
    return fs.readFile(path.join(this.nestedFolder(id), "snippet.txt"), "utf8");
  }

  async readNamed(id: string, name: string): Promise<string> {
    // expect: path-traversal
    return fs.readFile(this.checkedElsewhere(id, name), "utf8");
  }

  rawFolder(id: string): string {
    return path.join(this.root, "snippets", id);
  }
}
