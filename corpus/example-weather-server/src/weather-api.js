const BASE = "https://api.weatherapi.com/v1";

function apiKey() {
  const key = process.env.WEATHER_API_KEY; // ok: environment-dump (one named variable, not the whole environment)
  if (!key) throw new Error("WEATHER_API_KEY is not set");
  return key;
}

async function get(path, params) {
  const url = new URL(BASE + path);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  // ok: credential-exfiltration
  const res = await fetch(url, { headers: { key: apiKey(), accept: "application/json" } });
  if (!res.ok) throw new Error(`weather API answered ${res.status} ${res.statusText}`);
  return res.json();
}

export const getCurrent = (city) => get("/current.json", { q: city });
export const getForecast = (city, days) => get("/forecast.json", { q: city, days });
