// Map tiles live on one host of the map site; sister sites on their own.
const TILE_URL = /^https:\/\/(tiles\.)?maps\.atlas\.example\.net(\/|$)/i;
const ANY_COMMERCIAL_SITE = /^https:\/\/[a-z]+\.com\//;

export async function readTile(tile) {
  const found = tile.match(TILE_URL);
  if (!found) throw new Error("Not an Atlas map tile address");
  // ok: ssrf
  const res = await fetch(tile);
  return Buffer.from(await res.arrayBuffer()).toString("base64");
}

export async function readSister(page) {
  // Twin: any name under `.com` passes, so the model still picks the host.
  if (!ANY_COMMERCIAL_SITE.exec(page)) throw new Error("Not a sister site address");
  const res = await fetch(page); // expect: ssrf
  return res.text();
}

export async function readTileLogged(tile) {
  // Twin: a failed test is only logged, the request goes out anyway.
  if (!TILE_URL.test(tile)) console.error(`unexpected tile address ${tile}`);
  const res = await fetch(tile); // expect: ssrf
  return res.text();
}
