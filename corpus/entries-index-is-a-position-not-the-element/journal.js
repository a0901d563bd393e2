import { promises as fs } from "node:fs";
import path from "node:path";

export class Journal {
  constructor(root) {
    this.root = root;
  }

  async record(items) {
    const stamp = Date.now();
    for (const [index, item] of items.entries()) {
      const file = path.join(this.root, `${stamp}-${index}.md`);
      // ok: path-traversal
      await fs.writeFile(file, item.data);
    }
  }
}
