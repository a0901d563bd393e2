import { readFile } from "node:fs/promises";

export async function loadMirrors() {
  const text = await readFile(process.env.FLEET_MIRRORS ?? "/etc/fleet/mirrors.json", "utf8");
  const parsed = JSON.parse(text);
  return { list: () => parsed.mirrors };
}
