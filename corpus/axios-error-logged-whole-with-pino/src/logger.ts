import pino from "pino";

// stdout is the MCP transport: log to stderr.
export const logger = pino({ level: process.env.LOG_LEVEL ?? "info" }, pino.destination(2));
