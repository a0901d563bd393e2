// Page names are wiki-relative: `team/retro`, never `../x` or `/etc/x`.
import { promises as fs } from "node:fs";
import path from "node:path";
import { isPortableSlug } from "wiki-slug-policy";

export class PageStore {
  constructor(root) {
    this.root = path.resolve(root);
  }

  /** Refuses absolute names and any `.`/`..`/empty segment, returns the cleaned name. */
  cleanName(input) {
    if (input.includes("\0") || input.includes("\\") || path.isAbsolute(input)) {
      throw new Error("page names are wiki-relative");
    }
    let value = input;
    if (!value.endsWith(".md")) value += ".md";
    const parts = value.split("/");
    if (parts.some((part) => part.length === 0 || part === "." || part === "..")) {
      throw new Error("page names cannot hold dot segments");
    }
    return parts.join("/");
  }

  /** Refuses only `.` segments (a typo guard): `..` still climbs. */
  tidyName(input) {
    if (path.isAbsolute(input)) throw new Error("page names are wiki-relative");
    const parts = input.split("/");
    if (parts.some((part) => part === ".")) throw new Error("no '.' segments");
    return parts.join("/");
  }

  async read(name) {
    const clean = this.cleanName(name);
    // ok: path-traversal
    return fs.readFile(path.join(this.root, ...clean.split("/")), "utf8");
  }

  async write(name, body) {
    const clean = this.cleanName(name);
    const full = path.join(this.root, clean);
    await fs.mkdir(path.dirname(full), { recursive: true }); // ok: path-traversal
    await fs.writeFile(full, body, "utf8"); // ok: path-traversal
  }

  async readDraft(name) {
    const tidy = this.tidyName(name);
    // expect: path-traversal
    return fs.readFile(path.join(this.root, "drafts", tidy), "utf8");
  }

  async readArchived(name) {
    // A policy from a dependency the scanner does not read: the finding drops to low and says so.
    if (!isPortableSlug(name)) throw new Error("not a page name");
    // expect: path-traversal (low)
    return fs.readFile(path.join(this.root, "archive", name), "utf8");
  }

  async readAttachment(name) {
    // expect: path-traversal
    return fs.readFile(path.join(this.root, "attachments", name));
  }
}
