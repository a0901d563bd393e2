// A small HTTP client for one Records Hub environment.
export class HubClient {
  constructor(options) {
    this.baseURL = options.baseURL.endsWith("/") ? options.baseURL : options.baseURL + "/";
    this.token = options.token;
  }

  resolve(path) {
    if (!path.startsWith("http")) return this.baseURL + path;
    const wanted = new URL(path);
    if (wanted.origin !== new URL(this.baseURL).origin) throw new Error(`only ${new URL(this.baseURL).origin} may be reached`);
    return path;
  }

  async get(path) {
    const url = this.resolve(path);
    // ok: ssrf
    const res = await fetch(url, { headers: { authorization: `Bearer ${this.token}` } });
    return res.json();
  }
}

// Twin: the slash is taken off, not put on, so the path is glued to the base (`@evil.example` moves the host).
export class TrimmedClient {
  constructor(options) {
    this.baseURL = options.baseURL.endsWith("/") ? options.baseURL.slice(0, -1) : options.baseURL;
  }

  async get(path) {
    const res = await fetch(this.baseURL + path); // expect: ssrf
    return res.json();
  }
}

// Twin: the tool names the base itself; the slash put on it changes nothing.
export class OtherHubClient {
  constructor(options) {
    this.baseURL = options.baseURL.endsWith("/") ? options.baseURL : `${options.baseURL}/`;
  }

  async get(path) {
    const res = await fetch(this.baseURL + path); // expect: ssrf
    return res.json();
  }
}
