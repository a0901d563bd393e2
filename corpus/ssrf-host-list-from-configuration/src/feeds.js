// Feeds are read only from the hosts the user lists in FEED_HOSTS (comma-separated).
const FEED_HOSTS = (process.env.FEED_HOSTS ?? "news.example.org").split(",").map((h) => h.trim().toLowerCase());

export async function readFeed(feedUrl) {
  const url = new URL(feedUrl);
  if (!FEED_HOSTS.includes(url.hostname)) throw new Error(`host ${url.hostname} is not in FEED_HOSTS`);
  // ok: ssrf
  const res = await fetch(url, { headers: { accept: "application/rss+xml, application/json" } });
  return res.text();
}

/** The same check kept by an instance, with the list its constructor was given. */
export class MirrorReader {
  constructor(hosts) {
    this.allowedHosts = new Set(hosts);
  }

  async read(mirrorUrl) {
    const { hostname } = new URL(mirrorUrl);
    if (!this.allowedHosts.has(hostname)) throw new Error("mirror not allowed");
    // ok: ssrf
    const res = await fetch(mirrorUrl);
    return res.text();
  }
}
