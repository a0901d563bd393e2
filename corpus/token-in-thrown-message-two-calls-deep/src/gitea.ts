const baseUrl = "https://codeberg.org";

function authHeader(): string {
  const token = process.env.GITEA_TOKEN;
  if (!token) throw new Error("GITEA_TOKEN is not set");
  return `token ${token}`;
}

async function request<T>(path: string): Promise<T> {
  const auth = authHeader();
  const res = await fetch(`${baseUrl}/api/v1${path}`, { headers: { Authorization: auth } });
  if (res.status === 401) {
    // expect: secret-in-tool-output
    throw new Error(`Gitea rejected the credentials (${auth}); check the token's scopes`);
  }
  if (!res.ok) throw new Error(`Gitea API ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

export async function listIssues(owner: string, repo: string) {
  return request<{ number: number; title: string }[]>(`/repos/${owner}/${repo}/issues?state=open`);
}
