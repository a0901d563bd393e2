// The last raw response and errors go to the server's own log folder, for bug reports.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const LOG_DIR = process.env.ISSUE_DESK_LOG_DIR ?? path.join(os.homedir(), ".issue-desk", "logs");

export function saveRawResponse(body) {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  fs.writeFileSync(path.join(LOG_DIR, "last-response.json"), body);
}

export function logError(err) {
  fs.writeFileSync(path.join(LOG_DIR, "error.log"), String(err?.stack ?? err));
}
