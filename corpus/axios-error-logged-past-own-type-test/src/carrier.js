import axios from "axios";

export const carrier = axios.create({
  baseURL: process.env.PARCEL_API_BASE ?? "https://api.parcel-carrier.example/v3",
  headers: { "X-Api-Key": process.env.PARCEL_API_KEY ?? "" },
  timeout: 10_000,
});

export function parseEta(raw) {
  const when = new Date(raw);
  if (Number.isNaN(when.getTime())) throw new RangeError(`unreadable ETA: ${raw}`);
  return when.toISOString();
}
