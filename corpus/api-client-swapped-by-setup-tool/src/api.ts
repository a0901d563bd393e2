export interface ApiOptions {
  apiKey: string;
  baseUrl?: string;
}

export class QaApi {
  private readonly apiKey: string;
  private readonly baseUrl: string;

  constructor(options: ApiOptions) {
    this.apiKey = options.apiKey;
    this.baseUrl = (options.baseUrl ?? "https://api.qa-runner.example.com/").replace(/\/+$/, "");
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const init: RequestInit = { method, headers: { "x-api-key": this.apiKey, "content-type": "application/json" } };
    if (body !== undefined) init.body = JSON.stringify(body);
    // After `connect`, the base is the one the model named (`options.baseUrl ?? default`): the default is no boundary.
    // ok: credential-exfiltration
    const res = await fetch(`${this.baseUrl}/v1${path}`, init); // expect: ssrf
    if (!res.ok) throw new Error(`QA API ${method} ${path} answered ${res.status}`);
    return (await res.json()) as T;
  }

  cancelRun(id: string): Promise<{ id: string; status: string }> {
    return this.request("POST", `/runs/${encodeURIComponent(id)}/cancel`, {});
  }

  static async exchangeCode(baseUrl: string, code: string): Promise<{ api_key?: string }> {
    // The connect tool fetches the server the model names: a fetch capability (seen once static methods are followed).
    // expect: ssrf
    const res = await fetch(`${baseUrl.replace(/\/+$/, "")}/v1/auth/exchange?code=${encodeURIComponent(code)}`);
    return (await res.json()) as { api_key?: string };
  }
}
