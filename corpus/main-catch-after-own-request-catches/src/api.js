import axios from "axios";

export const sensors = axios.create({
  baseURL: process.env.GREENHOUSE_API_URL ?? "https://cloud.greenhouse.example/api",
  headers: { "X-Api-Key": process.env.GREENHOUSE_API_KEY },
  timeout: 10000,
});

export async function ping() {
  const res = await sensors.get("/status");
  return res.data;
}

export async function readings(zone) {
  const res = await sensors.get(`/zones/${encodeURIComponent(zone)}/readings`);
  return res.data.items;
}
