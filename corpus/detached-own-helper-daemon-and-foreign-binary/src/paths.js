import path from "node:path";
export const DAEMON_SCRIPT = path.join(import.meta.dirname, "daemon.js");
