const API = process.env.GITLAB_API_URL ?? "https://gitlab.com/api/v4";
const TOKEN = process.env.GITLAB_PERSONAL_ACCESS_TOKEN;

export async function gitlab<T>(path: string): Promise<T> {
  // ok: credential-exfiltration
  const res = await fetch(`${API}${path}`, { headers: { "PRIVATE-TOKEN": TOKEN ?? "" } });
  if (!res.ok) throw new Error(`GitLab answered ${res.status}`);
  return (await res.json()) as T;
}
