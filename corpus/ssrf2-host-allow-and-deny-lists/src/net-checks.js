import net from "node:net";

/** True for loopback, private, link-local and cloud metadata addresses (IPv4 and IPv6). */
export function isPrivateAddress(host) {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h.endsWith(".localhost") || h === "metadata.google.internal") return true;
  if (net.isIPv6(h)) return h === "::1" || h.startsWith("fc") || h.startsWith("fd") || h.startsWith("fe80:");
  if (!net.isIPv4(h)) return false;
  const [a, b] = h.split(".").map(Number);
  return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/** Whether `host` is on the list; an empty list allows everything. */
export function hostListed(host, list) {
  return list.length === 0 || list.includes(host);
}
