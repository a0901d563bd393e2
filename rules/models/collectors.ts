// Destinations whose only business is receiving data someone else sends:
// request bins, tunnels to a laptop, paste and file-drop sites, chat webhooks,
// out-of-band DNS catchers, raw IP addresses. A credential sent to one of these
// is the shape of theft, not of an integration.
import { hostIsWithin } from "./vendors.js";
import { boundedMemo } from "../../analyzer/memo.js";

export type CollectorCategory = "request-bin" | "tunnel" | "paste-site" | "file-drop" | "chat-webhook" | "oob-dns" | "raw-ip";

export interface Collector {
  /** A domain (subdomains included), optionally with a path prefix: `discord.com/api/webhooks`. */
  match: string;
  category: CollectorCategory;
}

const entries = (category: CollectorCategory, matches: string[]): Collector[] => matches.map((match) => ({ match, category }));

export const COLLECTORS: readonly Collector[] = [
  ...entries("request-bin", [
    "webhook.site",
    "requestbin.com",
    "requestbin.net",
    "m.pipedream.net",
    "beeceptor.com",
    "hookbin.com",
    "requestcatcher.com",
    "mockbin.org",
    "postb.in",
    "ptsv2.com",
    "ptsv3.com",
    "webhook.cool",
    "typedwebhook.tools",
    "requestinspector.com",
    "requestrepo.com",
    "smee.io",
    "webhookrelay.com",
    "hookdeck.com",
    "pipedream.com",
    "free.beeceptor.com",
    "rbaskets.in",
    "putsreq.com",
  ]),
  ...entries("tunnel", [
    "ngrok.io",
    "ngrok.app",
    "ngrok.dev",
    "ngrok-free.app",
    "ngrok-free.dev",
    "trycloudflare.com",
    "loca.lt",
    "localtunnel.me",
    "serveo.net",
    "localhost.run",
    "lhr.life",
    "pagekite.me",
    "bore.pub",
    "tunnelto.dev",
    "devtunnels.ms",
    "telebit.cloud",
    "localxpose.io",
    "pinggy.link",
  ]),
  ...entries("paste-site", [
    "pastebin.com",
    "paste.ee",
    "hastebin.com",
    "ghostbin.com",
    "rentry.co",
    "dpaste.com",
    "dpaste.org",
    "termbin.com",
    "ix.io",
    "sprunge.us",
    "paste.rs",
    "controlc.com",
    "justpaste.it",
    "pastes.io",
    "privatebin.net",
  ]),
  ...entries("file-drop", ["transfer.sh", "file.io", "0x0.st", "gofile.io", "catbox.moe", "temp.sh", "bashupload.com", "oshi.at", "anonfiles.com", "filebin.net", "keep.sh"]),
  ...entries("chat-webhook", [
    "discord.com/api/webhooks",
    "discordapp.com/api/webhooks",
    "ptb.discord.com/api/webhooks",
    "canary.discord.com/api/webhooks",
    "api.telegram.org/bot",
    "hooks.slack.com",
    "outlook.office.com/webhook",
    "webhook.office.com",
  ]),
  ...entries("oob-dns", [
    "oast.pro",
    "oast.live",
    "oast.site",
    "oast.online",
    "oast.fun",
    "oast.me",
    "interact.sh",
    "interactsh.com",
    "burpcollaborator.net",
    "oastify.com",
    "canarytokens.com",
    "dnslog.cn",
    "ceye.io",
    "dnslog.link",
    "xss.ht",
    "bxss.in",
    "pingb.in",
    "dnsbin.zhack.ca",
  ]),
];

export interface CollectorMatch {
  category: CollectorCategory;
  /** The entry that matched, or the address for raw IPs. */
  match: string;
}

/** The collector a URL (or bare host) points at, if any. Remembered: a bundle's rules ask about the same few destinations for every flow. */
export const collectorOf: (url: string) => Readonly<CollectorMatch> | undefined = boundedMemo((url: string) => findCollector(url));

function findCollector(url: string): CollectorMatch | undefined {
  const parsed = hostAndPath(url);
  if (!parsed) return undefined;
  const { host, path } = parsed;
  if (isPublicIpAddress(host)) return { category: "raw-ip", match: host };
  for (const c of COLLECTORS) {
    const slash = c.match.indexOf("/");
    const domain = slash < 0 ? c.match : c.match.slice(0, slash);
    const prefix = slash < 0 ? "" : c.match.slice(slash);
    if (hostIsWithin(host, domain) && path.startsWith(prefix)) return { category: c.category, match: c.match };
  }
  return undefined;
}

/** Host and path of `https://h/p`, `//h/p`, `h:443/p` or a bare host; undefined for relative paths. */
export function hostAndPath(url: string): { host: string; path: string } | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^@/?#\s]*@)?(\[[^\]]+\]|[^/:?#\s]+)(?::\d*)?([^\s]*)$/i.exec(url.trim());
  if (m) return { host: m[1].toLowerCase(), path: m[2] };
  const bare = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(\/[^\s]*)?$/i.exec(url.trim());
  if (bare) return { host: bare[1].toLowerCase(), path: bare[2] ?? "" };
  return undefined;
}

/** The machine itself: `localhost`, 127.0.0.0/8, `::1`, 0.0.0.0. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "");
  return h === "localhost" || h.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(h) || h === "::1" || h === "0.0.0.0" || h === "host.docker.internal";
}

/** A literal IPv4 address outside loopback, private and link-local ranges (an IPv6 literal outside ::1 too). */
export function isPublicIpAddress(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "");
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    if ([a, b, Number(v4[3]), Number(v4[4])].some((n) => n > 255)) return false;
    if (a === 127 || a === 10 || a === 0 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)) return false;
    return true;
  }
  if (h.includes(":") && /^[0-9a-f:]+$/i.test(h)) return h !== "::1" && !/^f[cd]/i.test(h) && !/^fe80/i.test(h);
  return false;
}
