import https from "node:https";
import axios from "axios";
import got from "got";
import { request } from "undici";

const API = "https://api.renderhub.example/v2";
const KEY = process.env.RENDERHUB_API_KEY ?? "";

export async function renderDocument(prompt: string): Promise<{ fileName: string; base64: string }> {
  const res = await fetch(`${API}/render`, {
    method: "POST",
    headers: { Authorization: `Bearer ${KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ prompt }),
  });
  if (!res.ok) throw new Error(`render failed with status ${res.status}`);
  const answer = (await res.json()) as { output: { name: string; mime: string; data: string } };
  const subtype = answer.output.mime.split("/")[1] ?? "bin";
  return { fileName: `${answer.output.name}.${subtype}`, base64: answer.output.data };
}

export async function listJobs(owner: string) {
  return got
    .get(`${API}/jobs`, { searchParams: { owner }, headers: { "x-api-key": KEY } })
    .json<{ id: string; state: string }[]>();
}

export async function jobLog(id: string): Promise<string> {
  const { statusCode, body } = await request(`${API}/jobs/${encodeURIComponent(id)}/log`, {
    headers: { "x-api-key": KEY },
  });
  if (statusCode !== 200) throw new Error(`log request failed: ${statusCode}`);
  return body.text();
}

export function usage(): Promise<string> {
  return new Promise((resolve, reject) => {
    https
      .get(`${API}/usage`, { headers: { authorization: `Bearer ${KEY}` } }, (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve(text));
      })
      .on("error", reject);
  });
}

export async function whoami() {
  const res = await axios.get(`${API}/me`, { headers: { Authorization: `Bearer ${KEY}` } });
  return { user: res.data.login, sentWith: res.config };
}

export async function probe(): Promise<string> {
  // expect: secret-in-url
  const res = await fetch(`${API}/ping?api_key=${KEY}`);
  return res.url;
}

export async function exportLink(id: string): Promise<string> {
  const res = await fetch(`${API}/exports/${encodeURIComponent(id)}`, { headers: { Authorization: `Bearer ${KEY}` }, redirect: "follow" });
  // ok: secret-in-tool-output
  if (!res.ok) throw new Error(`export ${id} failed: ${res.status} ${res.statusText} at ${res.url}`);
  return res.url;
}
