// One helper builds every request URL: an endpoint under the API base and the
// caller's parameters as query values, whatever their type.
const API_BASE = process.env.PARCELHUB_API_URL ?? "https://api.parcelhub.example/v2/";

export function buildRequestUrl(endpoint, params) {
  const url = new URL(endpoint, API_BASE);
  if (params === undefined) return url;
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    let text;
    if (typeof value === "string") text = value;
    else if (typeof value === "number" || typeof value === "boolean") text = String(value);
    else text = JSON.stringify(value);
    url.searchParams.append(key, text);
  }
  return url;
}

export async function getJson(url) {
  const res = await fetch(url.toString(), { headers: { accept: "application/json" } }); // expect: ssrf
  return res.json();
}
