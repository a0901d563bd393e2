// The server's log: a line per event, appended to the file the code calls its log file.
import { configFile } from "./home.js";
import { safeAppendFile } from "./fs-safe.js";

let logFile;
function getLogFile() {
  if (logFile === undefined) {
    try {
      logFile = configFile("events.txt");
    } catch {
      logFile = null;
    }
  }
  return logFile;
}

function write(level, msg) {
  const file = getLogFile();
  if (file) safeAppendFile("log", file, `[${new Date().toISOString()}] [${level}] ${msg}\n`);
}

export const log = { info: (msg) => write("INFO", msg), error: (msg) => write("ERROR", msg) };
