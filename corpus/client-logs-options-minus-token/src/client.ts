import { logger } from "./logger.js";

export interface RequestOptions {
  method?: string;
  accessToken?: string;
  body?: string;
  headers?: Record<string, string>;
}

export class CalendarClient {
  constructor(private readonly baseUrl: string) {}

  async request(path: string, options: RequestOptions = {}): Promise<unknown> {
    const { accessToken: _redacted, ...safeOptions } = options;
    // ok: secret-in-log
    logger.info(`Calling ${path} with options: ${JSON.stringify(safeOptions)}${_redacted ? " [accessToken=REDACTED]" : ""}`);
    return this.send(path, options);
  }

  async upload(path: string, options: RequestOptions): Promise<unknown> {
    const { body, ...meta } = options;
    // expect: secret-in-log
    logger.debug("uploading", { path, size: body?.length ?? 0, meta });
    return this.send(path, options);
  }

  private async send(path: string, options: RequestOptions): Promise<unknown> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method: options.method ?? "GET",
      headers: { Authorization: `Bearer ${options.accessToken}`, "Content-Type": "application/json", ...options.headers },
      body: options.body,
    });
    if (!res.ok) throw new Error(`calendar API answered ${res.status}`);
    return res.json();
  }
}
