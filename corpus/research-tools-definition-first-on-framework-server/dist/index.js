#!/usr/bin/env node
import { HttpMcpApp } from "@trailhead/mcp-kit/server";
import { registerArchiveTools } from "./tools/archive.js";
import { registerExportTools } from "./tools/export.js";

const app = new HttpMcpApp({ name: "field-notes", version: "0.9.1" });
registerArchiveTools(app);
registerExportTools(app);
await app.listen(Number(process.env.PORT ?? 3333), "127.0.0.1");
