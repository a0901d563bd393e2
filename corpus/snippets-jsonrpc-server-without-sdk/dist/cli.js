#!/usr/bin/env node
import { startMcp } from "./mcp.js";

if (process.argv[2] === "mcp") startMcp();
else console.log("usage: snipstash mcp");
