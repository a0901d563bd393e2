import winston from "winston";

const { combine, timestamp, printf, json } = winston.format;

const line = printf(({ level, message, timestamp: at, ...extra }) => {
  const tail = Object.keys(extra).length ? ` ${JSON.stringify(extra)}` : "";
  return `${at} ${level} ${message}${tail}`;
});

export const log = winston.createLogger({
  level: process.env.GRAFANA_MCP_LOG_LEVEL ?? "info",
  format: combine(timestamp(), json()),
  transports: [new winston.transports.Console({ stderrLevels: ["error", "warn", "info"], format: combine(timestamp(), line) })],
});

export const auditLogger = winston.createLogger({
  format: combine(timestamp(), json()),
  transports: [new winston.transports.File({ filename: "grafana-mcp-audit.log" })],
});
