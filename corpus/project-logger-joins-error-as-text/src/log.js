// stdout carries the protocol: every line goes to stderr, as plain text.
const LEVELS = { error: 0, warn: 1, info: 2, debug: 3 };

class TextLog {
  constructor() {
    this.threshold = LEVELS[process.env.TICKETS_LOG_LEVEL ?? "info"] ?? 2;
  }

  emit(level, ...parts) {
    if (LEVELS[level] > this.threshold) return;
    process.stderr.write(`${new Date().toISOString()} ${level.toUpperCase()} ${parts.join(" ")}\n`);
  }

  error(...parts) {
    this.emit("error", ...parts);
  }

  warn(...parts) {
    this.emit("warn", ...parts);
  }
}

export const log = new TextLog();

// A second, function-style logger for the audit trail: each part as its string form.
export const audit = {
  warn: (...items) => process.stderr.write(`[audit] ${items.map(String).join(" | ")}\n`),
};
