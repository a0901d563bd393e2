export interface ClientConfig {
  apiKey: string;
  debug: boolean;
}

export class CodeClient {
  constructor(private config: ClientConfig) {
    if (this.config.debug) {
      // ok: secret-in-log
      console.error(`[debug] key ${this.config.apiKey.substring(0, 8)}…`);
      // expect: secret-in-log
      console.error("[debug] full key", this.config.apiKey);
    }
  }

  async lookup(code: string): Promise<string> {
    const res = await fetch(`https://api.clinicodes.example.com/v1/codes/${encodeURIComponent(code)}`, {
      headers: { "X-API-Key": this.config.apiKey },
    });
    const body = (await res.json()) as { display?: string };
    return body.display ?? "not found";
  }
}
