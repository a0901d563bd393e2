import axios from "axios";

const FORECAST_API = "https://forecast.example-weather.net/v1";

/** The keyed API: the key travels with each request, not as a default. */
export async function keyedGet(path, params) {
  const { data } = await axios.get(`${FORECAST_API}${path}`, { params, headers: { "X-Api-Key": process.env.WEATHER_API_KEY } });
  return data;
}

/** Public feeds: no key, no account. */
export const feeds = axios.create({ baseURL: "https://feeds.example-met-office.org", timeout: 8000 });
