import axios from "axios";

const RETRYABLE = new Set([429, 502, 503]);

/** Every fleet request goes through `send`: it adds the token and retries busy answers. */
export class FleetApi {
  constructor(token) {
    this.token = token;
    this.http = axios.create({ baseURL: "https://fleet.example.com/v3", timeout: 20000 });
  }

  truck(id) {
    return this.send("GET", `/trucks/${encodeURIComponent(id)}`);
  }

  routes(depot) {
    return this.send("GET", `/depots/${encodeURIComponent(depot)}/routes`);
  }

  async send(method, url, data) {
    let failure;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const res = await this.http.request({ method, url, data, headers: { Authorization: `Token ${this.token}` } });
        return res.data;
      } catch (err) {
        failure = this.toFleetError(err);
        if (axios.isAxiosError(err) && RETRYABLE.has(err.response?.status)) {
          await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
          continue;
        }
        throw failure;
      }
    }
    throw failure;
  }

  toFleetError(err) {
    if (axios.isAxiosError(err)) {
      const body = err.response?.data;
      if (body?.detail) return new Error(`fleet API: ${body.detail} (HTTP ${err.response.status})`);
      return new Error(`fleet API: ${err.message}`);
    }
    return err instanceof Error ? err : new Error(String(err));
  }
}
