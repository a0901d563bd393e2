#!/usr/bin/env node
"use strict";
// esbuild's CommonJS output: dependencies wrapped, each file opened by its path.
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};

// node_modules/cloud-blob/dist/client.js
var require_client = __commonJS({
  "node_modules/cloud-blob/dist/client.js"(exports2) {
    class BlobClient {
      constructor(endpoint) {
        this.endpoint = endpoint;
        // A library's `put`: the package's own store has a `put` too, and that is the one its code calls.
        this.put = async (key, body) => fetch(key, { method: "PUT", body }); // ok: ssrf
      }
    }
    class Pager {
      // The only `page` anywhere: a call by that name from the package's code reaches it.
      async page(target, text) {
        return fetch(target, { method: "POST", body: text }); // expect: ssrf
      }
    }
    exports2.BlobClient = BlobClient;
    exports2.Pager = Pager;
  }
});

// node_modules/cloud-blob/dist/index.js
var require_dist = __commonJS({
  "node_modules/cloud-blob/dist/index.js"(exports2, module2) {
    module2.exports = require_client();
  }
});

// src/stores/disk-store.ts
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var DiskStore = class {
  constructor(root) {
    this.root = root;
  }
  async put(key, body) {
    await (0, import_promises.writeFile)((0, import_node_path.join)(this.root, (0, import_node_path.basename)(key)), body);
  }
};

// src/server.ts
var import_mcp = require("@modelcontextprotocol/sdk/server/mcp.js");
var import_zod = require("zod");
var import_cloud_blob = require_dist();
// Services arrive from whoever starts the server: the engine cannot see which objects they are.
function registerTools(server, deps) {
  server.tool("save_note", "Save a note", { key: import_zod.z.string(), body: import_zod.z.string() }, async ({ key, body }) => {
    await deps.store.put(key, body);
    return { content: [{ type: "text", text: "saved" }] };
  });
  // expect: untrusted-content-exposure
  server.tool("page_oncall", "Page the on-call engineer", { target: import_zod.z.string(), text: import_zod.z.string() }, async ({ target, text }) => {
    await deps.pager.page(target, text);
    return { content: [{ type: "text", text: "paged" }] };
  });
}
module.exports = { registerTools, DiskStore, BlobClient: import_cloud_blob.BlobClient, Pager: import_cloud_blob.Pager };
