import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";

// The studio's folder: the configured one, or the nearest parent of the working folder that holds `sites/`.
function findWorkspace() {
  if (process.env.STUDIO_HOME) return process.env.STUDIO_HOME;
  let dir = process.cwd();
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, "sites"))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export const WORKSPACE = findWorkspace();
const SITES = join(WORKSPACE, "sites");

/** The folder of one site, by its name. */
export function siteFolder(site) {
  return join(SITES, site);
}

/** A folder the caller gives, with `~` spelled for the home folder. */
export function outputFolder(dir) {
  return resolve(dir.replace(/^~(?=$|\/)/, homedir()));
}
