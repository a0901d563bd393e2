import os from "node:os";
import path from "node:path";

export const NOTES = process.env.NOTES_DIR ?? path.join(os.homedir(), "notes");
