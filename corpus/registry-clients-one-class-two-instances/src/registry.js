export class RegistryClient {
  constructor(name, baseUrl, token) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.name = name;
  }

  headers() {
    return this.token ? { Authorization: `Bearer ${this.token}`, Accept: "application/json" } : { Accept: "application/json" };
  }

  async get(path) {
    // ok: credential-exfiltration
    const res = await fetch(`${this.baseUrl}${path}`, { headers: this.headers() });
    if (!res.ok) throw new Error(`${this.name} answered ${res.status}`);
    return res.json();
  }
}
