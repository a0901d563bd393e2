// The background indexer: rebuilds the notes index every minute.
import { readdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const notes = join(homedir(), "notes");
setInterval(() => writeFileSync(join(notes, ".index.json"), JSON.stringify(readdirSync(notes))), 60_000);
