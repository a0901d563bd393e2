import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROVIDERS } from "./providers.js";

const LINKS = path.join(os.homedir(), ".provider-links");

export class Links {
  async link(provider, settings) {
    const known = PROVIDERS[provider];
    if (!known) return { ok: false, error: `unknown provider ${provider}` };
    const missing = known.fields.filter((f) => !settings[f]);
    if (missing.length) return { ok: false, error: `missing ${missing.join(", ")}` };
    await fs.mkdir(LINKS, { recursive: true });
    // ok: path-traversal
    await fs.writeFile(path.join(LINKS, `${provider}.json`), JSON.stringify(settings));
    return { ok: true };
  }

  async unlink(provider) {
    if (!PROVIDERS[provider]) throw new Error(`unknown provider ${provider}`);
    // ok: path-traversal
    await fs.rm(path.join(LINKS, `${provider}.json`), { force: true });
  }

  async describe(provider) {
    // The title is looked up, but a miss only changes the label: the name still reaches the read.
    const title = PROVIDERS[provider]?.title ?? provider;
    // expect: path-traversal
    const raw = await fs.readFile(path.join(LINKS, `${provider}.json`), "utf8");
    return `${title}: ${Object.keys(JSON.parse(raw)).join(", ")}`;
  }
}
