// A client for one configured Ledger Desk instance. Links in its answers are
// absolute; the tools pass them back as they are, or give a path.
export class LedgerClient {
  private readonly baseUrl: string;
  private readonly token: string;

  constructor(opts: { baseUrl?: string; token: string }) {
    const base = opts.baseUrl ?? "https://ledger.desk.example";
    this.baseUrl = base.endsWith("/") ? base.slice(0, -1) : base;
    this.token = opts.token;
  }

  /** An absolute link must be on the configured instance; a path is joined under it. */
  private resolve(target: string): string {
    if (/^https?:\/\//i.test(target)) {
      const wanted = new URL(target);
      const own = new URL(this.baseUrl);
      if (wanted.origin !== own.origin) throw new Error(`refusing to call ${wanted.origin}: only ${own.origin} is configured`);
      return target;
    }
    return `${this.baseUrl}/${target.replace(/^\/+/, "")}`;
  }

  async get(target: string): Promise<unknown> {
    // ok: ssrf
    const res = await fetch(this.resolve(target), { headers: { Authorization: `Token ${this.token}` } });
    if (!res.ok) throw new Error(`Ledger Desk answered ${res.status}`);
    return res.json();
  }
}

/** The host of a mirror URL: the configured host itself, or one of the vendor's mirrors. */
const MIRROR_HOSTS = new Set(["eu.desk.example", "us.desk.example"]);
const configured = { host: process.env.LEDGER_DESK_HOST ?? "ledger.desk.example" };
export function mirrorHost(mirrorUrl: string): string {
  const u = new URL(mirrorUrl);
  if (u.protocol !== "https:") throw new Error("mirrors are https only");
  const host = u.host.toLowerCase();
  if (host === configured.host.toLowerCase()) return host;
  if (!MIRROR_HOSTS.has(host)) throw new Error(`unknown mirror ${host}`);
  return host;
}

/** A region URL's host: the base host the caller configured, or a known region. */
const REGIONS = ["eu.desk.example", "ap.desk.example"];
export function regionHost(regionUrl: string, baseHost: string): string {
  const { host } = new URL(regionUrl);
  const wanted = host.toLowerCase();
  if (wanted === baseHost.toLowerCase()) return wanted;
  if (!REGIONS.includes(wanted)) throw new Error(`unknown region ${wanted}`);
  return wanted;
}

/** The same comparison, against a host the caller passes along with the URL. */
export function sameHostAs(link: string, expected: string): string {
  const u = new URL(link);
  if (u.hostname !== expected) throw new Error("link leaves the expected host");
  return link;
}

/** A workspace whose base URL a tool sets at run time: a check against it is a check the model rewrites. */
export class Workspace {
  private base = "https://ledger.desk.example";

  setBase(url: string): void {
    this.base = url;
  }

  async open(link: string): Promise<string> {
    if (new URL(link).host !== new URL(this.base).host) throw new Error("link is outside the workspace");
    const res = await fetch(link); // expect: ssrf
    return res.text();
  }
}
