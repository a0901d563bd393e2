import { debugHttp, logger } from "./logger.js";

const site = "https://acme.atlassian.net/wiki";
const email = process.env.CONFLUENCE_EMAIL ?? "";
const token = process.env.CONFLUENCE_API_TOKEN ?? "";

export async function getPage(id: string) {
  const headers = { Authorization: `Basic ${Buffer.from(`${email}:${token}`).toString("base64")}`, Accept: "application/json" };
  // expect: secret-in-log
  debugHttp("GET page %s with headers %o", id, headers);
  const res = await fetch(`${site}/api/v2/pages/${encodeURIComponent(id)}?body-format=storage`, { headers });
  if (!res.ok) {
    // expect: secret-in-log
    logger.warn(`Confluence ${res.status} for page ${id} (user ${email}, token ${token})`);
    throw new Error(`Confluence answered ${res.status}`);
  }
  // ok: secret-in-log
  logger.info(`fetched page ${id}`);
  return (await res.json()) as { title: string; body: { storage: { value: string } } };
}
