// npm specs against a fake registry this test starts on 127.0.0.1: resolve,
// verify, cache, offline, auth, and every way a fetch can fail.
import assert from "node:assert/strict";
import { readdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { after, before, test } from "node:test";
import { AcquireError, defaultCacheDir } from "../analyzer/acquire/index.js";
import { authTokenKey, isExactVersion, parseRegistrySpec } from "../analyzer/acquire/npm.js";
import { matchesIntegrity } from "../analyzer/acquire/npm-cache.js";
import { scan } from "../analyzer/scan.js";
import { renderMarkdown, renderText } from "../reports/index.js";
import { FakeRegistry, listen, sri } from "./support/fake-registry.js";
import { tempDir } from "./support/tarballs.js";

const TOKEN = "npm_fakeTokenForTheTestRegistry0123456789";

/** A port nothing listens on: bind one, then let it go. */
async function closedPort(): Promise<number> {
  const server = await listen(() => undefined);
  const port = (server.address() as AddressInfo).port;
  await new Promise((r) => server.close(r));
  return port;
}

const registry = new FakeRegistry();
before(async () => {
  await registry.start();
  registry.publish("demo-mcp", ["1.0.0", "1.1.0", "2.0.0-beta.1"]);
  registry.publish("@acme/demo-tools", ["0.3.0"]);
  registry.publish("tampered-mcp", ["1.0.0"], { corruptIntegrity: true });
  // Newer releases that ask for a Node this test does not run on.
  registry.publish("engines-mcp", ["1.0.0", "1.5.0", "2.0.0"], { engines: { "1.0.0": { node: ">=18" }, "1.5.0": { node: ">=999" }, "2.0.0": { node: ">=999" } } });
});
after(() => registry.stop());

const env = { NPM_TOKEN: TOKEN };

test("npm: a spec is resolved, fetched with integrity verified, extracted by us and scanned; a second scan comes from the cache, also offline", async () => {
  const cacheDir = tempDir();
  const first = await scan("demo-mcp@^1", { registry: registry.registryUrl, cacheDir, env });
  assert.equal(first.targetKind, "npm");
  assert.equal(first.package.name, "demo-mcp");
  assert.equal(first.package.version, "1.1.0");
  assert.equal(first.package.integrity, sri(registry.tarballs.get("/demo-mcp/-/demo-mcp-1.1.0.tgz")!));
  assert.equal(first.package.resolved, `${registry.tarballUrl}/demo-mcp/-/demo-mcp-1.1.0.tgz`);
  assert.equal(first.package.filesScanned, 1);
  // The lifecycle script is reported, never run.
  assert.deepEqual(first.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`), ["install-script package.json:1"]);

  const second = await scan("demo-mcp@^1", { registry: registry.registryUrl, cacheDir, env });
  assert.equal(second.package.integrity, first.package.integrity);
  assert.equal(registry.requests("demo-mcp-1.1.0.tgz").length, 1, "the tarball is downloaded once, then read from the cache");

  const offline = await scan("demo-mcp@^1", { registry: registry.registryUrl, cacheDir, env, offline: true });
  assert.equal(offline.package.version, "1.1.0");
  assert.deepEqual(offline.findings, first.findings);
});

test("npm: an exact version already cached is served without the registry, and a tampered cache entry is fetched again", async () => {
  const cacheDir = tempDir();
  await scan("demo-mcp@1.0.0", { registry: registry.registryUrl, cacheDir });
  const before = registry.log.length;
  const again = await scan("demo-mcp@1.0.0", { registry: registry.registryUrl, cacheDir });
  assert.equal(again.package.version, "1.0.0");
  assert.equal(registry.log.length, before, "no request for a cached exact version");

  for (const file of readdirSync(path.join(cacheDir, "tarballs"))) writeFileSync(path.join(cacheDir, "tarballs", file), "tampered");
  const refetched = await scan("demo-mcp@1.0.0", { registry: registry.registryUrl, cacheDir });
  assert.equal(refetched.package.integrity, sri(registry.tarballs.get("/demo-mcp/-/demo-mcp-1.0.0.tgz")!));
  assert.ok(registry.log.length > before, "the tampered copy was not used");
  assert.ok(matchesIntegrity(Buffer.from("abc"), sri(Buffer.from("abc"))));
  assert.ok(!matchesIntegrity(Buffer.from("abd"), sri(Buffer.from("abc"))));
});

test("npm: the token goes to the registry only, never to a tarball host elsewhere", async () => {
  const from = registry.log.length;
  await scan("@acme/demo-tools", { registry: registry.registryUrl, cacheDir: tempDir(), env });
  const requests = registry.log.slice(from);
  const packuments = requests.filter((l) => !l.url.endsWith(".tgz"));
  const tarballs = requests.filter((l) => l.url.endsWith(".tgz"));
  assert.deepEqual([packuments.length, tarballs.length], [1, 1]);
  assert.equal(packuments[0].authorization, `Bearer ${TOKEN}`);
  assert.equal(tarballs[0].authorization, undefined);
  assert.equal(authTokenKey("http://127.0.0.1:4873"), "//127.0.0.1:4873/:_authToken");
  assert.equal(authTokenKey("https://npm.example.com/private/"), "//npm.example.com/private/:_authToken");
});

test("npm: scoped names, exact versions, dist-tags", async () => {
  const cacheDir = tempDir();
  const scoped = await scan("@acme/demo-tools@latest", { registry: registry.registryUrl, cacheDir });
  assert.equal(scoped.package.name, "@acme/demo-tools");
  assert.equal(scoped.package.version, "0.3.0");
  const exact = await scan("demo-mcp@1.0.0", { registry: registry.registryUrl, cacheDir });
  assert.equal(exact.package.version, "1.0.0");
  const bare = await scan("demo-mcp", { registry: registry.registryUrl, cacheDir });
  assert.equal(bare.package.version, "2.0.0-beta.1");
});

const failsWith = (message: string) => (err: unknown) => {
  assert.ok(err instanceof AcquireError, `expected an AcquireError, got ${String(err)}`);
  assert.equal(err.message, message);
  return true;
};

test("npm: a package that does not exist is an AcquireError naming the spec", async () => {
  await assert.rejects(
    scan("no-such-mcp-server@1", { registry: registry.registryUrl, cacheDir: tempDir() }),
    failsWith(`no-such-mcp-server@1: the registry ${registry.registryUrl} has no such package (404); check the name`),
  );
});

test("npm: an unreachable registry is an AcquireError naming the spec", async () => {
  const dead = `http://127.0.0.1:${await closedPort()}/`;
  await assert.rejects(
    scan("demo-mcp@1.0.0", { registry: dead, cacheDir: tempDir() }),
    failsWith(`demo-mcp@1.0.0: could not reach the registry ${dead} (ECONNREFUSED); check the network or --registry, or use --offline for a cached package`),
  );
});

test("npm: --offline with nothing cached says so and touches no network", async () => {
  const cacheDir = tempDir();
  const before = registry.log.length;
  await assert.rejects(
    scan("demo-mcp@1.0.0", { registry: registry.registryUrl, cacheDir, offline: true }),
    failsWith(`demo-mcp@1.0.0 is not in the cache (${cacheDir}) and --offline forbids the network; scan it once without --offline to cache it`),
  );
  assert.equal(registry.log.length, before);
});

test("npm: no matching version, and a tarball that does not match its integrity", async () => {
  await assert.rejects(scan("demo-mcp@^7", { registry: registry.registryUrl, cacheDir: tempDir() }), /^AcquireError: demo-mcp@\^7: no version matches on the registry/);
  await assert.rejects(scan("tampered-mcp@1.0.0", { registry: registry.registryUrl, cacheDir: tempDir() }), /tampered-mcp@1.0.0: the downloaded tarball does not match its integrity string; refusing to scan it/);
});

test("npm: git, URL, file and alias specs are refused before any fetch", async () => {
  const before = registry.log.length;
  for (const spec of ["github:acme/server", "git+https://example.com/a.git", "file:../x", "https://example.com/x.tgz", "x@npm:y@1", "x@file:../y", "Bad Name", "../nope"]) {
    assert.throws(() => parseRegistrySpec(spec), AcquireError, spec);
  }
  await assert.rejects(scan("acme/server", { registry: registry.registryUrl, cacheDir: tempDir() }), /"acme\/server" is not a folder, a \.tgz file or a registry spec/);
  assert.equal(registry.log.length, before);
  assert.deepEqual(parseRegistrySpec("@scope/name@latest"), { name: "@scope/name", selector: "latest" });
  assert.deepEqual(parseRegistrySpec("name@>=1.2 <2"), { name: "name", selector: ">=1.2 <2" });
  assert.deepEqual(["1.2.3", "1.0.0-beta.2", "^1.2.3", "latest", "1.x", undefined].map(isExactVersion), [true, true, false, false, false, false]);
});

test("npm: the default cache folder follows XDG, then the home folder, and LOCALAPPDATA on Windows", () => {
  assert.equal(defaultCacheDir({ XDG_CACHE_HOME: "/xdg" }, "linux", "/home/u"), "/xdg/mcp-warden");
  assert.equal(defaultCacheDir({ XDG_CACHE_HOME: "relative" }, "linux", "/home/u"), "/home/u/.cache/mcp-warden");
  assert.equal(defaultCacheDir({}, "darwin", "/Users/u"), "/Users/u/.cache/mcp-warden");
  assert.match(defaultCacheDir({ LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local" }, "win32", "C:\\Users\\u"), /AppData.Local.mcp-warden.Cache$/);
});

test("npm: the version scanned is the one a user would install, whatever its engines field asks for", async () => {
  const cacheDir = tempDir();
  const latest = await scan("engines-mcp", { registry: registry.registryUrl, cacheDir });
  assert.equal(latest.package.version, "2.0.0", "the latest dist-tag, though it wants Node >= 999");
  // The report says which version it scanned, and from what.
  assert.match(renderText(latest, { color: false }), /^mcp-warden \S+ {2}engines-mcp@2\.0\.0 \(resolved from engines-mcp\) {2}\(/);
  assert.match(renderMarkdown(latest), /^### mcp-warden: `engines-mcp@2\.0\.0 \(resolved from engines-mcp\)`\n/);
  const range = await scan("engines-mcp@^1", { registry: registry.registryUrl, cacheDir });
  assert.equal(range.package.version, "1.5.0", "the range's highest, not the highest whose engines match");
});
