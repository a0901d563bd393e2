import pino from "pino";

const MASKED = ["req.headers.authorization", 'req.headers["x-carrier-key"]', "credentials.secret", "accounts[*].apiKey"];

// Request logs go to stderr with credentials masked.
export const log = pino({ level: process.env.TRACKER_LOG_LEVEL ?? "info", redact: { paths: MASKED, censor: "[masked]" } }, pino.destination(2));
// A second logger for start-up notes, made without the list.
export const plainLog = pino({ level: "info" }, pino.destination(2));
