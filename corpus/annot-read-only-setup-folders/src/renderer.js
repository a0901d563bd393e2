// A renderer whose profile folder the operator configures when the server starts:
// the folder is made (when missing) before the renderer opens, whatever tool asks for a page.
import fs from "node:fs";

export class Renderer {
  constructor(options) {
    this.profileDir = options.profileDir;
  }

  prepare() {
    if (!fs.existsSync(this.profileDir)) fs.mkdirSync(this.profileDir, { recursive: true });
  }

  async render(url) {
    this.prepare();
    const res = await fetch(url);
    return res.text();
  }
}
