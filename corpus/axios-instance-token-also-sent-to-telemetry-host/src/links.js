import axios from "axios";

// expect: credential-exfiltration (medium)
const linkClient = axios.create({ headers: { Authorization: `Bearer ${process.env.GITHUB_PERSONAL_ACCESS_TOKEN}` }, timeout: 10_000 });

export async function fetchJson(url) {
  const { data } = await linkClient.get(url);
  return data;
}
