// The base is the configured (or default) origin plus the API path, joined in
// the constructor; requests go through new URL(...).toString().
export class HTTPClient {
    baseURL;
    headers;
    constructor(baseURL, apiPath, options) {
        const { headers } = options || {};
        this.baseURL = baseURL + apiPath;
        this.headers = headers || {};
    }
    buildURL(path, params) {
        const url = new URL(`${this.baseURL}${path}`);
        for (const [key, value] of Object.entries(params || {})) {
            if (value !== undefined) url.searchParams.append(key, String(value));
        }
        return url;
    }
    async get(path, params) {
        const url = this.buildURL(path, params);
        // ok: credential-exfiltration
        const response = await fetch(url.toString(), { method: "GET", headers: this.headers });
        if (!response.ok) throw new Error(`CI API answered ${response.status}`);
        return response.json();
    }
}
