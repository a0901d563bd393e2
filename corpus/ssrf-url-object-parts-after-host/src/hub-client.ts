// The Parcelhub REST client: every request is built as a URL object on the
// configured API base, and the caller's values are set on its path and query.
export class HubClient {
  private readonly apiBase: string;

  constructor(apiBase?: string) {
    this.apiBase = apiBase ?? "https://api.parcelhub.example";
  }

  /** GET `path` with `query` set on the URL's search parameters. */
  async get(path: string, query: Record<string, string | undefined> = {}): Promise<unknown> {
    const url = new URL(path, this.apiBase);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== "") url.searchParams.set(key, value);
    }
    // ok: ssrf
    const res = await fetch(url, { headers: { accept: "application/json" } });
    return res.json();
  }

  /** The parcel's record: the number fills the path of a URL object on the base. */
  async parcel(trackingNumber: string): Promise<unknown> {
    const url = new URL(this.apiBase);
    url.pathname = `/v2/parcels/${trackingNumber}`;
    url.search = new URLSearchParams({ expand: "events" }).toString();
    // ok: ssrf
    const res = await fetch(url.href);
    return res.json();
  }

  /** Depot opening hours: a relative reference that starts with a path segment of its own. */
  async depotHours(depot: string): Promise<unknown> {
    // ok: ssrf
    const res = await fetch(new URL(`depots/${depot}/hours`, `${this.apiBase}/v2/`));
    return res.json();
  }

  /** Follows a link the caller names, "relative to the API". */
  async follow(link: string): Promise<unknown> {
    // A reference the model writes first resolves to its own host when it is `//host/...` or `https://host/...`.
    const res = await fetch(new URL(link, this.apiBase)); // expect: ssrf
    return res.json();
  }

  /** The same API on a regional host the caller names. */
  async regional(region: string, trackingNumber: string): Promise<unknown> {
    const url = new URL(`/v2/parcels/${encodeURIComponent(trackingNumber)}`, this.apiBase);
    url.host = region;
    const res = await fetch(url); // expect: ssrf
    return res.json();
  }
}
