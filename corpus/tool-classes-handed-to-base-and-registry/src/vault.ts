import path from "node:path";
import os from "node:os";

export const VAULT = process.env.NOTES_VAULT ?? path.join(os.homedir(), "notes");
