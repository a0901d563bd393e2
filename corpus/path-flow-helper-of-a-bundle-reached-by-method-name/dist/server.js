#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { z } from "zod";

const HOME = path.join(os.homedir(), ".recorder");

/** One path segment: separators and `..` become `-`, a leading dot too. */
function segment(raw) {
  return raw.replace(/[\\/]/g, "-").replace(/\.\./g, "-").replace(/^\./, "-") || "default";
}

var ProfileStore = class {
  workspace = null;
  selectWorkspace(name) {
    this.workspace = name ? segment(name) : null;
  }
  folder() {
    return this.workspace ? path.join(HOME, "workspaces", this.workspace) : HOME;
  }
  async writeCheckpoint(label, state) {
    const dir = this.folder();
    // ok: path-traversal
    fs.mkdirSync(dir, { recursive: true });
    // ok: path-traversal
    fs.writeFileSync(path.join(dir, `${segment(label)}.json`), JSON.stringify(state));
    return dir;
  }
};

/** Drafts keep the name as given: only NUL is dropped, which says nothing of `/` or `..`. */
function printable(raw) {
  return raw.replace(/\0/g, "");
}

var DraftStore = class {
  current = null;
  openDraft(name) {
    this.current = printable(name);
  }
  save(body) {
    // expect: path-traversal
    fs.writeFileSync(path.join(HOME, "drafts", `${this.current}.md`), body);
  }
};

const profiles = new ProfileStore();
const drafts = new DraftStore();
const server = new McpServer({ name: "recorder-profiles", version: "2.3.0" });

server.tool("use_workspace", "Switch the recording workspace and save a checkpoint", { workspace: z.string(), state: z.record(z.string()) }, async ({ workspace, state }) => {
  profiles.selectWorkspace(workspace);
  const dir = await profiles.writeCheckpoint("start", state);
  return { content: [{ type: "text", text: `checkpoint saved in ${dir}` }] };
});

server.tool("save_draft", "Save a draft note under a name", { name: z.string(), body: z.string() }, async ({ name, body }) => {
  drafts.openDraft(name);
  drafts.save(body);
  return { content: [{ type: "text", text: "saved" }] };
});

await server.connect(new StdioServerTransport());
