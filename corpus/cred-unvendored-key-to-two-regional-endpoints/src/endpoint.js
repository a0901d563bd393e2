// The service runs two API regions on two domains; a key works on exactly one.
const GLOBAL_API = "https://api.quillpost.io/v3";
const MAINLAND_API = "https://openapi.hanzicloud.example.cn/quill/v3";
let chosen = "";

export function apiKey() {
  const key = process.env.QUILLPOST_KEY;
  if (!key) throw new Error("Set QUILLPOST_KEY to your Quillpost API key.");
  return key;
}

async function accepts(api) {
  // ok: credential-exfiltration
  const res = await fetch(`${api}/whoami`, { headers: { Authorization: `Key ${apiKey()}` } });
  return res.status !== 401;
}

export async function apiBase() {
  if (chosen) return chosen;
  if (await accepts(MAINLAND_API)) chosen = MAINLAND_API;
  else if (await accepts(GLOBAL_API)) chosen = GLOBAL_API;
  else throw new Error("QUILLPOST_KEY was refused by both regions");
  return chosen;
}
