// Creates the user's config folder on install.
import { mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

mkdirSync(join(homedir(), ".config", "weather-forecast-mcp"), { recursive: true });
