import { settings, pluginOrigin } from "./settings.js";

export class PluginApi {
  origin;
  constructor() {
    this.origin = pluginOrigin();
  }
  authHeaders() {
    return settings.secret ? { Authorization: `Bearer ${settings.secret}` } : {};
  }
  async read(route, query) {
    const target = new URL(route, this.origin);
    for (const [k, v] of Object.entries(query ?? {})) target.searchParams.set(k, String(v));
    return this.send(target.toString(), { method: "GET", headers: this.authHeaders() });
  }
  async write(route, payload) {
    const target = new URL(route, this.origin);
    return this.send(target.toString(), { method: "POST", headers: { "content-type": "application/json", ...this.authHeaders() }, body: JSON.stringify(payload) });
  }
  async send(target, init) {
    let lastProblem;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        // ok: credential-exfiltration
        const answer = await fetch(target, init);
        return await answer.json();
      } catch (problem) {
        lastProblem = problem;
      }
    }
    throw new Error(`plugin unreachable: ${lastProblem?.message}`);
  }
}
