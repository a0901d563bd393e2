import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The local dev server: the port of a listening node process, as lsof reports it. */
export async function findDevServerUrl() {
    const { stdout } = await run("lsof", ["-i", "TCP", "-s", "TCP:LISTEN", "-n", "-P"]);
    for (const line of stdout.trim().split("\n")) {
        const parts = line.trim().split(/\s+/);
        const portMatch = (parts[8] ?? "").match(/:(\d+)$/);
        if (parts[0] === "node" && portMatch) return new URL(`http://localhost:${portMatch[1]}`);
    }
    return null;
}

/**
 * Scheme and host are the code's own; only the port came from lsof, and the bundle id goes in the query
 * (written after `?`, it cannot reach the host or port: no finding).
 */
export async function openDebugger({ bundleId, devServerUrl }) {
    // ok: ssrf
    const res = await fetch(`${devServerUrl.toString()}_debugger/open?bundleId=${bundleId}`, { method: "PUT" });
    return res.text();
}

/** Here the model names the server itself. */
export async function fetchBundle({ serverUrl }) {
    // expect: ssrf
    const res = await fetch(`${serverUrl}/index.bundle?platform=ios`);
    return res.text();
}
