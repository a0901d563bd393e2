import axios from "axios";

const EXA_API_KEY = process.env.EXA_API_KEY;

export class ExaClient {
  endpoints = {
    search: "https://api.exa.ai/search",
    contents: "https://api.exa.ai/contents",
  };

  constructor() {
    // ok: credential-exfiltration
    this.http = axios.create({
      headers: { "content-type": "application/json", "x-api-key": EXA_API_KEY },
      timeout: 25_000,
    });
  }

  async search(query, numResults) {
    const { data } = await this.http.post(this.endpoints.search, { query, numResults, type: "auto" });
    return data.results;
  }

  async contents(ids) {
    const { data } = await this.http.post(this.endpoints.contents, { ids, text: { maxCharacters: 4000 } });
    return data.results;
  }
}
