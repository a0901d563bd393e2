import os from "node:os";
import path from "node:path";

export const NOTES_DIR = path.resolve(process.env.NOTES_DIR ?? path.join(os.homedir(), "notes"));
