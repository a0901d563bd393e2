import axios from "axios";

/** The depot service: same retries, but what it throws at the end is the last raw failure. */
export class DepotApi {
  constructor(token) {
    this.token = token;
    this.http = axios.create({ baseURL: "https://depots.example.com/api", timeout: 20000 });
  }

  depot(id) {
    return this.call(`/depots/${encodeURIComponent(id)}`);
  }

  async call(path) {
    let lastError = null;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const res = await this.http.request({ url: path, headers: { "X-Depot-Key": this.token } });
        return res.data;
      } catch (err) {
        lastError = err;
      }
    }
    throw lastError;
  }
}
