// Region URLs the model may pass: one of the vendor's regions.
const REGION_HOSTS: ReadonlySet<string> = new Set(["eu.incidentdesk.example", "us.incidentdesk.example", "ap.incidentdesk.example"]);

export class RegionError extends Error {}

/** The host of a region URL, if it is a known region; throws otherwise. */
export function regionHostOf(regionUrl: string): string {
  let parsed: URL;
  try {
    parsed = new URL(regionUrl);
  } catch {
    throw new RegionError(`not a URL: ${regionUrl}`);
  }
  if (parsed.protocol !== "https:") throw new RegionError("region URLs must use https");
  const host = parsed.host.trim().toLowerCase();
  if (!REGION_HOSTS.has(host)) throw new RegionError(`unknown region ${host}`);
  return host;
}

