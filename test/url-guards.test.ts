// URL checks that dominate a request (analyzer/taint/url-guards.ts): host
// allow-lists pin the value (guard `allow-list`), private-address deny-lists
// leave it any public host (URL_PUBLIC_HOST). Each with a twin that must not.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint } from "./support/taint-harness.js";
import { URL_PUBLIC_HOST } from "../analyzer/taint/url-guards.js";

const PRIVATE_HELPER = `function isPrivateAddress(h) {\n  if (h === "localhost" || h === "::1") return true;\n  const [a, b] = h.split(".").map(Number);\n  return a === 127 || a === 10 || (a === 192 && b === 168) || (a === 169 && b === 254);\n}`;

/** [name, declarations before main, body (x is the source), what the sink sees: a guard, a mark, or undefined]. */
const cases: [string, string, string, string | undefined][] = [
  ["prefix that ends the authority", `const BASE = "https://docs.example.dev";`, `if (!x.startsWith(BASE + "/")) throw new Error("no");\nsink(x);`, "guard:allow-list"],
  ["prefix that stops inside the host", `const BASE = "https://docs.example.dev";`, `if (!x.startsWith(BASE)) throw new Error("no");\nsink(x);`, undefined],
  ["prefix from a parameter", ``, `if (!x.startsWith(given + "/")) throw new Error("no");\nsink(x);`, undefined],
  ["origin equal to a computed constant", `const ORIGIN = new URL("https://status.example.dev/api").origin;`, `if (new URL(x).origin !== ORIGIN) throw new Error("no");\nsink(x);`, "guard:allow-list"],
  ["origin equal to a parameter", ``, `if (new URL(x).origin !== given) throw new Error("no");\nsink(x);`, undefined],
  ["origin equal to a configured base URL's origin", `const BASE = process.env.BASE_URL ?? "https://status.example.dev";`, `if (new URL(x).origin !== new URL(BASE).origin) throw new Error("no");\nsink(x);`, "guard:allow-list"],
  ["host equal to a configured host, lower-cased on both sides", `const conf = { host: process.env.API_HOST || "api.example.dev" };`, `const u = new URL(x);\nif (u.host.toLowerCase() !== conf.host.toLowerCase()) throw new Error("no");\nsink(x);`, "guard:allow-list"],
  ["a domain and its subdomains", `const D = "wiki.example.dev";`, `const host = new URL(x).hostname;\nif (host !== D && !host.endsWith("." + D)) throw new Error("no");\nsink(x);`, "guard:allow-list"],
  ["a suffix without its dot", `const D = "example.dev";`, `const host = new URL(x).hostname;\nif (!host.endsWith(D)) throw new Error("no");\nsink(x);`, undefined],
  ["host in a constant set", `const HOSTS = new Set(["a.example.dev", "b.example.dev"]);`, `const host = new URL(x).hostname;\nif (!HOSTS.has(host)) throw new Error("no");\nsink(x);`, "guard:allow-list"],
  ["host in a list the caller passed", ``, `const host = new URL(x).hostname;\nif (!given.includes(host)) throw new Error("no");\nsink(x);`, undefined],
  ["destructured host name in a constant list", ``, `const { hostname } = new URL(x);\nif (!["a.example.dev", "b.example.dev"].includes(hostname)) throw new Error("no");\nsink(x);`, "guard:allow-list"],
  ["destructured host name in a list the caller passed", ``, `const { hostname } = new URL(x);\nif (!given.includes(hostname)) throw new Error("no");\nsink(x);`, undefined],
  ["destructured path in a constant list", ``, `const { pathname } = new URL(x);\nif (!["/a", "/b"].includes(pathname)) throw new Error("no");\nsink(x);`, undefined],
  ["lower-cased, trimmed host in a constant set", `const HOSTS = new Set(["a.example.dev"]);`, `const host = new URL(x).host.trim().toLowerCase();\nif (!HOSTS.has(host)) throw new Error("no");\nsink(x);`, "guard:allow-list"],
  ["lower-cased host of a parsed URL equal to a constant", ``, `const u = new URL(x);\nif (u.hostname.toLowerCase() !== "a.example.dev") throw new Error("no");\nsink(x);`, "guard:allow-list"],
  ["lower-cased host equal to a parameter", ``, `const u = new URL(x);\nif (u.hostname.toLowerCase() !== given) throw new Error("no");\nsink(x);`, undefined],
  ["destructured host name, deny-list of two classes", ``, `const u = new URL(x);\nconst { hostname } = u;\nif (hostname === "localhost" || hostname.startsWith("169.254.")) throw new Error("private");\nsink(x);`, URL_PUBLIC_HOST],
  ["deny-list helper", PRIVATE_HELPER, `if (isPrivateAddress(new URL(x).hostname)) throw new Error("private");\nsink(x);`, URL_PUBLIC_HOST],
  ["deny-list helper, checked on the other branch", PRIVATE_HELPER, `if (isPrivateAddress(new URL(x).hostname)) { sink(x); }`, undefined],
  ["a helper named private that names one class", `function isLocalHost(h) { return h === "localhost"; }`, `if (isLocalHost(new URL(x).hostname)) throw new Error("local");\nsink(x);`, undefined],
  ["after a DNS lookup", `import dns from "dns/promises";\n${PRIVATE_HELPER}`, `const host = new URL(x).hostname;\nconst found = await dns.lookup(host);\nif (isPrivateAddress(found.address)) throw new Error("private");\nsink(x);`, URL_PUBLIC_HOST],
  ["inline comparisons of two classes", ``, `const u = new URL(x);\nif (u.hostname === "localhost" || u.hostname.startsWith("169.254.")) throw new Error("private");\nsink(x);`, URL_PUBLIC_HOST],
  ["inline comparison of one class", ``, `const u = new URL(x);\nif (u.hostname === "localhost" || u.hostname === "127.0.0.1") throw new Error("private");\nsink(x);`, undefined],
  ["a pattern of private ranges", `const PRIVATE = /^(127\\.|10\\.|192\\.168\\.|169\\.254\\.)/;`, `if (PRIVATE.test(new URL(x).hostname)) throw new Error("private");\nsink(x);`, URL_PUBLIC_HOST],
  ["a constant deny-list", `const BLOCKED = ["localhost", "169.254.169.254", "metadata.google.internal"];`, `if (BLOCKED.includes(new URL(x).hostname)) throw new Error("blocked");\nsink(x);`, URL_PUBLIC_HOST],
  ["a BlockList", `import net from "net";\nconst blocked = new net.BlockList();`, `const found = await lookup(x);\nif (blocked.check(found.address)) throw new Error("blocked");\nsink(x);`, URL_PUBLIC_HOST],
];

for (const lang of ["js", "ts"] as const) {
  for (const [name, decls, body, expected] of cases) {
    test(`url checks (${lang}): ${name}`, () => {
      const annot = lang === "ts" ? ": any" : "";
      const code = `${decls}\nasync function main(given${annot}) {\nconst x${annot} = process.env.A;\n${body}\n}\nmain([]);`;
      const got = pairs(runTaint({ [`main.${lang}`]: code }), { guards: true });
      assert.equal(got.length, 1, got.join("; "));
      const seen = got[0];
      if (expected === undefined) {
        assert.ok(!/guard:allow-list/.test(seen) && !seen.includes(URL_PUBLIC_HOST), seen);
      } else assert.ok(seen.includes(expected), seen);
    });
  }
}
