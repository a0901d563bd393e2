// A fake npm registry on 127.0.0.1 for tests: packuments on one port, the
// tarballs they point to on another, every request logged. Tests never touch
// the network.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tgzBytes } from "./tarballs.js";

export interface Logged {
  url: string;
  authorization?: string;
}

export function sri(bytes: Buffer): string {
  return `sha512-${createHash("sha512").update(bytes).digest("base64")}`;
}

function packageTarball(name: string, version: string): Buffer {
  return tgzBytes([
    { path: "package/package.json", body: JSON.stringify({ name, version, main: "index.js", scripts: { postinstall: "node setup.js" } }) },
    { path: "package/index.js", body: `console.log(${JSON.stringify(`${name}@${version}`)});\n` },
  ]);
}

/** A registry and, on another port, the host its tarballs live on. */
export class FakeRegistry {
  readonly log: Logged[] = [];
  readonly tarballs = new Map<string, Buffer>();
  readonly packuments = new Map<string, object>();
  private registryServer?: Server;
  private tarballServer?: Server;
  registryUrl = "";
  tarballUrl = "";

  async start(): Promise<void> {
    const handler = (req: IncomingMessage, res: import("node:http").ServerResponse) => {
      this.log.push({ url: req.url ?? "", authorization: req.headers.authorization });
      const url = decodeURIComponent(req.url ?? "");
      const tarball = this.tarballs.get(url);
      if (tarball) {
        res.writeHead(200, { "content-type": "application/octet-stream" });
        res.end(tarball);
        return;
      }
      const packument = this.packuments.get(url.slice(1));
      if (packument) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(packument));
        return;
      }
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "Not found" }));
    };
    this.registryServer = await listen(handler);
    this.tarballServer = await listen(handler);
    this.registryUrl = `http://127.0.0.1:${(this.registryServer.address() as AddressInfo).port}/`;
    this.tarballUrl = `http://127.0.0.1:${(this.tarballServer.address() as AddressInfo).port}`;
  }

  /** Publishes versions of a package; `tarball` builds each version's bytes (default: a tiny package with a postinstall script). */
  publish(name: string, versions: string[], options: { corruptIntegrity?: boolean; tarball?: (version: string) => Buffer; engines?: Record<string, Record<string, string>> } = {}): void {
    const entries: Record<string, object> = {};
    for (const version of versions) {
      const bytes = options.tarball ? options.tarball(version) : packageTarball(name, version);
      const file = `/${name}/-/${name.replace(/^@[^/]+\//, "")}-${version}.tgz`;
      this.tarballs.set(file, bytes);
      const integrity = options.corruptIntegrity ? sri(Buffer.from("something else")) : sri(bytes);
      entries[version] = { name, version, ...(options.engines?.[version] ? { engines: options.engines[version] } : {}), dist: { tarball: `${this.tarballUrl}${file}`, integrity } };
    }
    this.packuments.set(name, { name, "dist-tags": { latest: versions[versions.length - 1] }, versions: entries });
  }

  requests(pathPart: string): Logged[] {
    return this.log.filter((l) => decodeURIComponent(l.url).includes(pathPart));
  }

  async stop(): Promise<void> {
    await Promise.all([this.registryServer, this.tarballServer].map((s) => s && new Promise((r) => s.close(r))));
  }
}

export function listen(handler: Parameters<typeof createServer>[1]): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer(handler!);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

