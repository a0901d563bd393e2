// One client for the Tidepool API: the instance's base URL is fixed, each call names a path and
// its query parameters. The query is form-encoded and joined with `?`, or `&` when the path
// already has a query of its own.
import axios from "axios";

const api = axios.create({ baseURL: "https://api.tidepool.example/v2", timeout: 20000, headers: { authorization: `Bearer ${process.env.TIDEPOOL_TOKEN}` } });

function withQuery(path, params) {
  const query = new URLSearchParams(params).toString();
  const joiner = path.includes("?") ? "&" : "?";
  return query ? `${path}${joiner}${query}` : path;
}

export async function call(path, params) {
  const config = { method: "GET", url: withQuery(path, params) };
  // ok: ssrf
  const response = await api.request(config);
  return response.data;
}

// A link a previous answer carried, followed as it is.
export async function follow(href) {
  // expect: ssrf
  const response = await api.get(withQuery(href, { expand: "1" }));
  return response.data;
}

export function regionPath(region, rest) {
  return `/regions/${encodeURIComponent(region || process.env.TIDEPOOL_REGION || "global")}${rest}`;
}
