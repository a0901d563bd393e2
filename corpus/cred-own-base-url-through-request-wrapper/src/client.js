// A client class: the base URL and the token come from the caller's config.
export class BoardClient {
  constructor(config) {
    this.baseUrl = config.url.replace(/\/$/, "");
    this.token = config.token;
  }

  async call(path, init = {}) {
    const res = await fetch(this.baseUrl + path, { ...init, headers: { ...init.headers, "PRIVATE-TOKEN": this.token } });
    if (!res.ok) throw new Error(`board API ${res.status}`);
    return res.json();
  }

  boards(project) {
    // ok: credential-exfiltration
    return this.call(`/api/v4/projects/${encodeURIComponent(project)}/boards`);
  }
}
