import axios from "axios";

async function withRetries(attempt, times = 3) {
  let last;
  for (let i = 0; i < times; i++) {
    try {
      return await attempt();
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 200 * (i + 1)));
    }
  }
  throw last;
}

export class ReportStore {
  constructor(apiKey) {
    this.http = axios.create({ baseURL: "https://archive.labreports.example/api", headers: { "X-Api-Key": apiKey } });
  }

  async rawReport(id) {
    try {
      const res = await this.http.get(`/reports/${encodeURIComponent(id)}/raw`, { responseType: "text" });
      return res.data;
    } catch (err) {
      // expect: error-detail-echo (high)
      console.error("report download failed", err);
      return null;
    }
  }

  async attachments(id) {
    try {
      return await withRetries(() => this.http.get(`/reports/${encodeURIComponent(id)}/attachments`).then((r) => r.data.items));
    } catch (err) {
      // expect: error-detail-echo (high)
      console.warn(err);
      return [];
    }
  }

  async summary(id) {
    const res = await this.http.get(`/reports/${encodeURIComponent(id)}/summary`);
    return res.data;
  }
}
