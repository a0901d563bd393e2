import axios from "axios";

export class HubSpotClient {
  private readonly http;

  constructor(private readonly accessToken: string) {
    this.http = axios.create({
      baseURL: "https://api.hubapi.com",
      headers: { Authorization: `Bearer ${accessToken}` },
    });
  }

  async searchContacts(query: string) {
    const { data } = await this.http.post("/crm/v3/objects/contacts/search", { query, limit: 10 });
    return data.results as { id: string; properties: Record<string, string> }[];
  }
}
