import pino from "pino";

// stdio is the protocol channel: the server keeps quiet unless asked to trace.
export const logger = pino({ enabled: false });
export const quietLogger = pino({ level: "silent" });
// Traces go to stderr when DEVICE_LAB_TRACE is set.
export const traceLogger = pino({ level: process.env.DEVICE_LAB_TRACE ? "debug" : "info" }, pino.destination(2));
