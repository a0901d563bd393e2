import axios, { Axios } from "axios";
import fs from "node:fs";
import path from "node:path";

export const catalog = new Axios({
  baseURL: "https://api.iconforge.dev/v2",
  headers: { Accept: "application/json" },
  transformResponse: [(data) => JSON.parse(data)],
});

export function useToken(token) {
  if (token) catalog.defaults.headers.Authorization = `Bearer ${token}`;
  else delete catalog.defaults.headers.Authorization;
}

useToken(process.env.ICONFORGE_TOKEN);

function parseSvgList(text) {
  return text.split("\n").map((line) => line.trim()).filter(Boolean);
}

/** The public mirror first, then a copy shipped next to the working directory. */
export async function iconNames(set) {
  try {
    const res = await axios.get(`https://mirror.iconforge.dev/${set}/index.txt`, { responseType: "text" });
    return parseSvgList(res.data);
  } catch (err) {
    // ok: error-detail-echo
    console.error("mirror unavailable:", err);
  }
  try {
    const local = path.join(process.cwd(), "icons", `${set}.txt`);
    const text = fs.readFileSync(local, "utf8");
    return parseSvgList(text).slice(0, 500);
  } catch (err) {
    // ok: error-detail-echo
    console.error("no local icon list:", err);
  }
  return [];
}

export async function iconSource(id) {
  try {
    const { data } = await catalog.get(`/icons/${encodeURIComponent(id)}/svg`);
    return data.svg;
  } catch (err) {
    // expect: error-detail-echo (high)
    console.error("catalog request failed", err);
    return undefined;
  }
}
