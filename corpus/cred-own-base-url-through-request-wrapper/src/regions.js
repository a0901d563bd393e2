// The tracker's cloud has one API host per region: the first that answers is used.
const CLOUD_HOSTS = ["https://api.tracker-cloud.example", "https://eu.api.tracker-cloud.example"];

export async function cloudBase() {
  for (const host of CLOUD_HOSTS) {
    try {
      const res = await fetch(`${host}/health`);
      if (res.ok) return host;
    } catch {
      // try the next region
    }
  }
  return CLOUD_HOSTS[0];
}
