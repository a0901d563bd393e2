// Project names are folder names directly under the workspace.
import { promises as fs } from "node:fs";
import path from "node:path";

/** True when `name` is one of `names` (a list the caller hands in). */
function listed(names, name) {
  return names.some((n) => n === name);
}

/** Two levels: the answer of `listed`. */
function taken(names, name) {
  return listed(names, name);
}

/** Two levels, the other way round: true when `listed` says no. */
function unused(names, name) {
  return !listed(names, name);
}

export class Workspace {
  constructor(root, projects) {
    this.root = path.resolve(root);
    /** The projects the configuration lists. */
    this.projects = projects;
  }

  async names() {
    return (await fs.readdir(this.root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  }

  /** True when a project of that name is already listed. */
  async exists(name) {
    const names = await this.names();
    return names.some((n) => n === name);
  }

  /** True when no project has that name: the other answer. */
  async isFree(name) {
    const names = await this.names();
    for (const n of names) {
      if (n === name) return false;
    }
    return true;
  }

  async boardIds() {
    return new Set(await this.names());
  }

  /** Membership through `find`, then `has`, with an equality test on the found entry. */
  async lookup(name) {
    const names = await this.names();
    const hit = names.find((n) => n === name);
    return hit !== undefined;
  }

  /** `includes`, and an equality with another computed value beside it. */
  async known(name) {
    const names = await this.names();
    const pinned = await this.pinned();
    return names.includes(name) || name === pinned;
  }

  async pinned() {
    return (await fs.readFile(path.join(this.root, ".pinned"), "utf8")).trim();
  }

  /** Throws when the name is taken: passing proves it is in no list. */
  assertNew(name, names) {
    if (names.includes(name) || name === this.current) throw new Error(`${name} exists`);
  }

  /** Throws unless the name is listed: passing proves it is one of them. */
  assertListed(name, names) {
    if (!names.some((n) => n === name)) throw new Error(`${name} is not a project`);
  }

  async create(name) {
    if (await this.exists(name)) return "already exists";
    // expect: path-traversal
    await fs.mkdir(path.join(this.root, name));
    return "created";
  }

  async createBoard(name) {
    if (taken(this.projects, name)) return "already exists";
    // expect: path-traversal
    await fs.mkdir(path.join(this.root, name, "board"), { recursive: true });
    return "created";
  }

  async createTopic(name) {
    if (listed(this.projects, name)) return "already exists";
    // expect: path-traversal
    await fs.mkdir(path.join(this.root, "topics", name), { recursive: true });
    return "created";
  }

  async openTopic(name) {
    // Equal to a name the configuration lists: an allow-list.
    if (!listed(this.projects, name)) return "no such topic";
    // ok: path-traversal
    return fs.readdir(path.join(this.root, "topics", name));
  }

  async openLinked(name) {
    if (!taken(this.projects, name)) return "no such project";
    // ok: path-traversal
    return fs.readdir(path.join(this.root, "linked", name));
  }

  async createDraft(name) {
    if (!(await this.isFree(name))) return "already exists";
    // expect: path-traversal
    await fs.mkdir(path.join(this.root, "drafts", name), { recursive: true });
    return "created";
  }

  async createNote(name) {
    if (await this.lookup(name)) return "already exists";
    // expect: path-traversal
    await fs.writeFile(path.join(this.root, name + ".md"), "");
    return "created";
  }

  async createSheet(name) {
    if (await this.known(name)) return "already exists";
    // expect: path-traversal
    await fs.writeFile(path.join(this.root, name + ".csv"), "");
    return "created";
  }

  async createPage(name) {
    this.assertNew(name, await this.names());
    // expect: path-traversal
    await fs.writeFile(path.join(this.root, name + ".html"), "");
    return "created";
  }

  async createInline(name) {
    const names = await this.names();
    if (names.includes(name)) return "already exists";
    if ((await this.boardIds()).has(name)) return "already a board";
    // expect: path-traversal
    await fs.writeFile(path.join(this.root, name + ".txt"), "");
    return "created";
  }

  async open(name) {
    // A live list the code read itself: membership is an allow-list.
    if (!(await this.exists(name))) return "no such project";
    // ok: path-traversal
    return fs.readdir(path.join(this.root, name));
  }

  async openBoard(name) {
    if (await this.isFree(name)) return "no such project";
    // expect: path-traversal (low)
    return fs.readdir(path.join(this.root, name, "board"));
  }

  async openSheet(name) {
    this.assertListed(name, await this.names());
    // expect: path-traversal (low)
    return fs.readFile(path.join(this.root, name + ".csv"), "utf8");
  }

  async archive(name) {
    if (unused(this.projects, name)) return "no such project";
    // expect: path-traversal (low)
    await fs.rename(path.join(this.root, name), path.join(this.root, ".archive", name));
    return "archived";
  }
}
