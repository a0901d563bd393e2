export class Http {
  async request({ url, headers }) {
    return fetch(url, { headers: { "User-Agent": "page-fetch/1.2", ...headers } }); // expect: ssrf (medium)
  }

  async api({ path, headers }) {
    return fetch(`https://api.pages.example/v1/${encodeURIComponent(path)}`, { headers: { Accept: "application/json", ...headers } }); // ok: ssrf
  }
}
