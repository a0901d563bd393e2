// The tool's own identity, read once from our package.json.
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { name: string; version: string };

export const TOOL_NAME = pkg.name;
export const TOOL_VERSION = pkg.version;
export const TOOL_URI = "https://github.com/mcp-warden/mcp-warden";
/** Bumped when the JSON report changes shape (see docs/json-report.md). */
export const SCHEMA_VERSION = "1.5.0";
