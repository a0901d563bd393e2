// The project's own fetch wrapper: every call site passes the URL and the headers.
export async function request(url, { headers = {}, method = "GET", body } = {}) {
  // expect: credential-exfiltration (high), ssrf
  const res = await fetch(url, { method, headers: { Accept: "application/json", ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw new Error(`tracker answered ${res.status} for ${method} ${new URL(url).pathname}`);
  return res.json();
}
