// Where does a credential go? The precision lever of the credential rules
// (DESIGN.md "Destination decides"): its own service or a base URL the user
// configures is the normal life of a key; a hardcoded foreign host, a request
// bin, a tunnel or a DNS label is theft; an unresolvable destination is worth
// a look.
import { URI_COMPONENT, type Destination, type GuardKind, type Label } from "../../analyzer/taint/spec.js";
import { pieceMayPickHost } from "../../analyzer/taint/url-shapes.js";
import type { DestinationClass, PackageFacts } from "../../analyzer/types.js";
import { collectorOf, hostAndPath, isLoopbackHost, type CollectorCategory } from "../models/collectors.js";
import { CREDENTIAL_STORES } from "../models/credential-files.js";
import { isSecretName, nameWords } from "../models/secret-names.js";
import { hostIsWithin, registrableDomain, vendorsOf } from "../models/vendors.js";
import { UNTRUSTED_LABEL_KINDS } from "./untrusted-flows.js";

export interface DestinationVerdict {
  class: DestinationClass;
  /** Host or URL prefix as far as it is known. */
  destination?: string;
  /** In words, for messages: "the GitHub API", "a request bin", "set by GITLAB_API_URL". */
  reason: string;
  collector?: CollectorCategory;
  /**
   * For an unknown destination: a tool argument, an HTTP request or network data
   * chooses it, so whoever controls that input decides where the credential goes.
   */
  chosenByUntrusted?: boolean;
}

/** Labels whose holder is not the user: a destination built from them is chosen by someone else. */
const UNTRUSTED_CHOOSERS = [...UNTRUSTED_LABEL_KINDS, "network-response"];

/** The package's own domains and name words: its homepage, repository, bugs and author URLs, its name. */
export interface PackageIdentity {
  domains: string[];
  words: string[];
  /** Hosts of the package's own repository, other than the shared code hosts: a code-hosting server the authors run. */
  repositoryHosts?: string[];
}

/** Hosts where anyone publishes: a package's homepage there does not make the whole host its own. */
const SHARED_HOSTS = ["github.com", "gitlab.com", "bitbucket.org", "npmjs.com", "sourceforge.net", "codeberg.org", "gitee.com"];

/** Words too common to tie a host to a package or a credential. */
const GENERIC_WORDS = new Set([
  "MCP",
  "SERVER",
  "SERVERS",
  "MODEL",
  "CONTEXT",
  "PROTOCOL",
  "TOOL",
  "TOOLS",
  "API",
  "SDK",
  "NODE",
  "CLIENT",
  "KEY",
  "TOKEN",
  "SECRET",
  "ACCESS",
  "AUTH",
  "PERSONAL",
  "PRIVATE",
  "BOT",
  "APP",
  "DATA",
  "CLOUD",
  "SERVICE",
  "PASSWORD",
  "BASE",
  "URL",
  "PROD",
  "DEV",
  "TEST",
  "THE",
  "WEB",
  "HTTP",
  "HTTPS",
  "PLUGIN",
  "BRIDGE",
  "OFFICIAL",
  "COMMUNITY",
  "LOCAL",
  "REMOTE",
  "CLI",
  "CREDENTIALS",
  "SESSION",
  "ADMIN",
  "USER",
  "ORG",
  "COM",
  "NET",
  "IO",
]);

export function packageIdentity(facts: PackageFacts): PackageIdentity {
  const domains = new Set<string>();
  const repositoryHosts = new Set<string>();
  for (const url of [facts.homepage, facts.repositoryUrl, facts.bugsUrl, facts.authorUrl]) {
    if (!url) continue;
    const hp = hostAndPath(url.replace(/^git\+/, "").replace(/^git@([^:]+):/, "https://$1/"));
    if (!hp) continue;
    if (url === facts.repositoryUrl && !SHARED_HOSTS.some((h) => hostIsWithin(hp.host, h))) repositoryHosts.add(hp.host.toLowerCase());
    if (SHARED_HOSTS.some((h) => hostIsWithin(hp.host, h))) {
      // github.com/acme/x says the owner is "acme": acme's GitHub Pages site is theirs.
      const owner = /^\/([^/]+)/.exec(hp.path)?.[1];
      if (owner && hostIsWithin(hp.host, "github.com")) domains.add(`${owner.toLowerCase()}.github.io`);
      continue;
    }
    domains.add(registrableDomain(hp.host));
  }
  const words = significantWords((facts.name ?? "").replace(/^@/, "").replace(/\//g, "-"));
  return { domains: [...domains], words, ...(repositoryHosts.size ? { repositoryHosts: [...repositoryHosts] } : {}) };
}

/** Name words long and specific enough to find in a host name. */
function significantWords(name: string): string[] {
  return nameWords(name).filter((w) => w.length >= 4 && !GENERIC_WORDS.has(w) && !/^\d+$/.test(w));
}

/** True when a host's registrable name contains one of the words (`WEATHER` ↔ `api.weatherapi.com`). */
function hostHasWord(host: string, words: string[]): string | undefined {
  const label = registrableDomain(host).split(".")[0].replace(/-/g, "").toUpperCase();
  return words.find((w) => label.includes(w));
}

export interface CredentialRef {
  /** Env var name, credential store name, command name. */
  name: string;
  kind: "env" | "file" | "process-output" | "hardcoded" | "environment";
}

/** The service a credential is for, judged by its name and the package: hosts that are its own. */
function ownService(host: string, credential: CredentialRef, pkg: PackageIdentity): string | undefined {
  // A login file belongs to the service that wrote it; other files and command output (ssh keys, keychains) to no package's service.
  if (credential.kind === "file") {
    const issuer = CREDENTIAL_STORES.find((s) => s.name === credential.name)?.issuedBy?.find((d) => hostIsWithin(host, d));
    return issuer ? `${issuer}, the service that issued the ${credential.name} tokens` : undefined;
  }
  if (credential.kind !== "env" && credential.kind !== "hardcoded") return undefined;
  if (credential.kind === "env") {
    const vendors = vendorsOf(credential.name);
    const vendor = vendors.find((v) => v.domains.some((d) => hostIsWithin(host, d)));
    if (vendor) return `${vendor.name}, the service ${credential.name} is for`;
    // A code host's token sent to the server the package's own repository lives on: that server is the
    // authors' own instance of the code host (an enterprise GitLab), and the token is for it.
    const instanceOf = vendors.find((v) => v.hostsRepositories && pkg.repositoryHosts?.includes(host.toLowerCase()));
    if (instanceOf) return `the ${instanceOf.name} server the package's own repository is on`;
    // GITHUB_TOKEN belongs to GitHub: the package's own server is not GitHub.
    if (vendors.length > 0) return undefined;
    const word = hostHasWord(host, significantWords(credential.name));
    if (word) return `the service ${credential.name} is named for`;
  }
  if (pkg.domains.some((d) => hostIsWithin(host, d))) return "the package's own domain";
  if (hostHasWord(host, pkg.words)) return "the service the package is named for";
  return undefined;
}

const RANK: Record<DestinationClass, number> = { "own-service": 0, "user-configured": 1, unknown: 2, foreign: 3, collector: 4 };

/** The worse of two verdicts (a collector beats a foreign host beats an unknown one...). */
export function worse(a: DestinationVerdict, b: DestinationVerdict): DestinationVerdict {
  if (a.class === "unknown" && b.class === "unknown") return b.chosenByUntrusted && !a.chosenByUntrusted ? b : a;
  return RANK[b.class] > RANK[a.class] ? b : a;
}

/** A host (or an email address's domain) out of a constant destination. */
export function hostOf(constant: string, bareHosts = false): { host: string; shown: string; path: string } | undefined {
  const email = /^(?:mailto:)?[^\s@<>,;]+@([a-z0-9.-]+\.[a-z]{2,})\s*$/i.exec(constant.trim());
  if (email) return { host: email[1].toLowerCase(), shown: constant.trim(), path: "" };
  // A URL needs its scheme (or `//`): `conversations.history` in a URL's path is not a host.
  if (!bareHosts && !/^([a-z][a-z0-9+.-]*:)?\/\//i.test(constant.trim())) return undefined;
  const hp = hostAndPath(constant);
  if (!hp) return undefined;
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+/i.exec(constant.trim())?.[0] ?? hp.host;
  return { host: hp.host, shown: origin, path: hp.path };
}

/** Classifies one constant host for a credential. */
export function classifyHost(constant: string, credential: CredentialRef, pkg: PackageIdentity, bareHosts = false): DestinationVerdict | undefined {
  const h = hostOf(constant, bareHosts);
  if (!h) return undefined;
  const own = ownService(h.host, credential, pkg);
  const collector = collectorOf(constant.includes("@") && !constant.includes("/") ? h.host : constant);
  if (collector && !(own && collector.category !== "raw-ip")) return { class: "collector", destination: h.shown, reason: collectorWords(collector.category), collector: collector.category };
  if (isLoopbackHost(h.host)) return { class: "user-configured", destination: h.shown, reason: "a service on the user's own machine" };
  if (own) return { class: "own-service", destination: h.shown, reason: own };
  return { class: "foreign", destination: h.shown, reason: "a hardcoded host unrelated to it" };
}

export function collectorWords(c: CollectorCategory): string {
  switch (c) {
    case "request-bin":
      return "a request-capture service";
    case "tunnel":
      return "a tunnel to someone's machine";
    case "paste-site":
      return "a paste site";
    case "file-drop":
      return "an anonymous file-drop service";
    case "chat-webhook":
      return "a chat webhook";
    case "oob-dns":
      return "an out-of-band DNS catcher";
    case "raw-ip":
      return "a raw IP address";
  }
}

/**
 * Classifies a sink's destination for one credential. `extraConstants` are
 * destinations the rule found itself (the connect call a socket came from).
 */
export function classifyDestination(dest: Destination | undefined, credential: CredentialRef, pkg: PackageIdentity, extraConstants: string[] = [], bareHosts = false): DestinationVerdict {
  const constants = [...(dest?.constants ?? []), ...extraConstants];
  let verdict: DestinationVerdict | undefined;
  for (const [i, c] of constants.entries()) {
    // The leading constant may be a bare host (`{ host: "smtp.example.com" }`); later pieces of a URL are not.
    const v = classifyHost(c, credential, pkg, bareHosts || i === 0);
    if (v) verdict = verdict ? worse(verdict, v) : v;
  }
  // A webhook URL, a DSN, a database URL: the credential is the address it is sent to.
  if (!verdict && dest?.configuredBy.includes(credential.name)) return { class: "own-service", reason: `${credential.name} is itself the address` };
  // The credential's own variable in its URL does not make the URL configured.
  const configuredBy = (dest?.configuredBy ?? []).filter((n) => n !== credential.name && !isSecretName(n));
  if (configuredBy.length > 0 && verdict?.class !== "collector") {
    return { class: "user-configured", destination: verdict?.destination, reason: `set by ${configuredBy.join(", ")}` };
  }
  if (verdict) return verdict;
  const choosers = dest ? dest.tainted.filter((l) => labelChooses(dest, l)) : [];
  if (choosers.length > 0) {
    const chosenByUntrusted = choosers.some((l) => UNTRUSTED_CHOOSERS.includes(l.kind));
    return { class: "unknown", reason: `a destination chosen by ${choosers.map((l) => l.name).join(", ")}`, chosenByUntrusted };
  }
  return { class: "unknown", reason: "a destination that could not be resolved" };
}

/** Checks after which a value no longer picks where a request goes (the ones the ssrf rule counts). */
const HOST_GUARDS: readonly GuardKind[] = ["literal-equality", "allow-list", "regex-match", "sanitizer-call"];

/**
 * Whether `label` can pick the destination: some way it arrives is unchecked, and
 * more than URI-component-encoded text after a base (`${base}/groups/${id}` with
 * `id` from a response matched against /^\d+$/ picks nothing).
 */
function labelChooses(dest: Destination, label: Label): boolean {
  const flows = (dest.flows ?? []).filter((f) => f.label.id === label.id);
  if (flows.length === 0) return true;
  return flows.some((f) => !f.guards.some((g) => HOST_GUARDS.includes(g)) && !(dest.pathUnderUnknownHost && f.sanitizedFor.includes(URI_COMPONENT)) && pieceMayPickHost(f.sanitizedFor));
}
