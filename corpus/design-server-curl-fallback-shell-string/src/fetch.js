import { exec } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);
const API = "https://api.design.example/v1";

// Corporate proxies sometimes break fetch; fall back to curl, which honors them.
export async function fetchWithFallback(endpoint) {
  const token = process.env.DESIGN_API_TOKEN ?? "";
  try {
    const res = await fetch(`${API}${endpoint}`, { headers: { "X-Api-Token": token } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.json();
  } catch {
    const curl = `curl -s -H "X-Api-Token: ${token}" "${API}${endpoint}"`;
    const { stdout } = await exec(curl); // expect: command-injection (critical)
    return JSON.parse(stdout);
  }
}

export { execAsync };
