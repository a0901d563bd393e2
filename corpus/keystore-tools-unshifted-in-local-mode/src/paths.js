import { homedir } from "node:os";
import { join } from "node:path";

export function shelfDir() {
  return join(homedir(), ".keyring-shelf", "keys");
}
