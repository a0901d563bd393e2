import { readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

export class PluginHost {
  constructor(server) {
    this.server = server;
  }

  async loadAll(dir) {
    for (const file of await readdir(dir)) {
      if (!file.endsWith(".js")) continue;
      const plugin = await import(pathToFileURL(path.join(dir, file)).href);
      plugin.register(this.server);
    }
  }
}
