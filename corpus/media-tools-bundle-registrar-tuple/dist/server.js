#!/usr/bin/env node
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};

// src/shelf.ts
import path from "node:path";
var SHELF = process.env.MEDIA_SHELF ?? path.join(process.cwd(), "shelf");
function clipPath(id) {
  return path.join(SHELF, path.basename(id));
}

// src/tools/transcode.ts
import { exec } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";
var sh, tool$transcode;
var init_transcode = __esm({
  "src/tools/transcode.ts"() {
    sh = promisify(exec);
    tool$transcode = {
      name: "transcode_clip",
      description: "Transcode a clip of the shelf to another codec",
      annotations: { readOnlyHint: false, destructiveHint: false },
      args: { id: z.string(), codec: z.string() },
      run: async (shelf, args) => {
        const out = clipPath(args.id) + ".out.mkv";
        const { stdout } = await sh(`ffmpeg -y -i ${clipPath(args.id)} -c:v ${args.codec} ${out}`); // expect: command-injection (critical)
        return { content: [{ type: "text", text: stdout || out }] };
      }
    };
  }
});

// src/tools/purge.ts
import { rm } from "node:fs/promises";
import { z as z2 } from "zod";
var tool$purge;
var init_purge = __esm({
  "src/tools/purge.ts"() {
    tool$purge = {
      name: "purge_clip", // expect: tool-annotation-mismatch
      description: "Remove a clip from the shelf",
      annotations: { readOnlyHint: true },
      args: { id: z2.string() },
      run: async (shelf, args) => {
        await rm(clipPath(args.id), { force: true });
        return { content: [{ type: "text", text: "removed " + args.id }] };
      }
    };
  }
});

// src/tools/probe.ts
import { execFile } from "node:child_process";
import { promisify as promisify2 } from "node:util";
import { z as z3 } from "zod";
var run, tool$probe;
var init_probe = __esm({
  "src/tools/probe.ts"() {
    run = promisify2(execFile);
    tool$probe = {
      name: "probe_clip",
      description: "Show the streams of a clip",
      args: { id: z3.string() },
      run: async (shelf, args) => {
        // ok: command-injection
        const { stdout } = await run("ffprobe", ["-hide_banner", clipPath(args.id)]);
        return { content: [{ type: "text", text: stdout }] };
      }
    };
  }
});

// src/registrar.ts
function makeRegistrar(server, allowed) {
  const registered = [];
  const register = (def) => {
    if (allowed && !allowed.includes(def.name)) {
      return;
    }
    registered.push(def.name);
    server.registerTool(def.name, {
      description: def.description,
      inputSchema: def.args,
      annotations: def.annotations
    }, async (args) => {
      return def.run({ root: SHELF }, args);
    });
  };
  return [register, registered];
}

// src/server.ts
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
init_transcode();
init_purge();
init_probe();
var allowedTools = process.env.MEDIA_TOOLS ? process.env.MEDIA_TOOLS.split(",") : undefined;
var server = new McpServer({ name: "media-shelf", version: "0.3.0" });
var [tool, registered] = makeRegistrar(server, allowedTools);
tool(tool$transcode);
tool(tool$purge);
tool(tool$probe);
console.error(`media-shelf: ${registered.length} tools`);
await server.connect(new StdioServerTransport());
