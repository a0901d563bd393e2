import * as path from "node:path";

export class Desk {
  private readonly root = path.resolve(process.env.DESK_DIR ?? "./desk");

  locate(name: string): { allowed: boolean; full?: string } {
    const full = path.resolve(this.root, name);
    if (!full.startsWith(this.root + path.sep)) return { allowed: false, full };
    return { allowed: true, full };
  }

  locateLoosely(name: string): { allowed: boolean; full?: string } {
    const full = path.resolve(this.root, name);
    if (!full.startsWith(this.root)) return { allowed: false, full };
    return { allowed: true, full };
  }
}
