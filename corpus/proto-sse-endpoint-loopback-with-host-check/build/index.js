import { parseArgs } from "node:util";
import { runSSEServer } from "./services/sse.js";

const { values } = parseArgs({ options: { port: { type: "string", default: "3033" }, host: { type: "string" } } });
await runSSEServer(Number(values.port), values.host || undefined);
