export class FleetApi {
  constructor(options) {
    this.apiRoot = "https://fleet.example.net/api";
    this.token = options.token;
  }

  async get(path) {
    const url = [this.apiRoot, "v2", ...path].join("/");
    // ok: ssrf
    const res = await fetch(url, { headers: { authorization: `Bearer ${this.token}` } });
    return res.json();
  }

  device(id) {
    return this.get(["devices", encodeURIComponent(id)]);
  }

  firmware(id, channel) {
    return this.get(["devices", id, "firmware", channel]);
  }
}

export async function probe(endpoint) {
  // expect: ssrf
  const res = await fetch([endpoint, "v2", "status"].join("/"));
  return res.status;
}

export async function ping(server) {
  // expect: ssrf
  const res = await fetch(`${server.trim().replace(/\/+$/, "")}/ping`);
  return res.ok;
}

export async function mirrorCheck(mirrors, suffix) {
  const results = [];
  for (const base of mirrors.list()) {
    // expect: ssrf
    const res = await fetch(`${base}${suffix}`, { method: "HEAD" });
    results.push(res.status);
  }
  return results;
}
