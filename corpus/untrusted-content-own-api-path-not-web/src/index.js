import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { z } from "zod";

/** @param {() => Promise<{ serverUrl: string, token: string }>} connectionProvider */
export function registerTools(server, connectionProvider) {
  // ok: untrusted-content-exposure
  server.tool("update_stage", "Retry or cancel a stage of a build.", { project: z.string(), buildId: z.number(), stage: z.string() }, async ({ project, buildId, stage }) => {
    const connection = await connectionProvider();
    const endpoint = `${connection.serverUrl}/${encodeURIComponent(project)}/_apis/build/builds/${buildId}/stages/${stage}?api-version=7.1`;
    // expect: ssrf (low)
    const res = await fetch(endpoint, { method: "PATCH", headers: { Authorization: `Bearer ${connection.token}` }, body: JSON.stringify({ state: "retry" }) });
    return { content: [{ type: "text", text: await res.text() }] };
  });

  server.tool("save_artifact", "Download a build artifact into a folder.", { project: z.string(), buildId: z.number(), artifact: z.string(), destination: z.string() }, async ({ project, buildId, artifact, destination }) => {
    const connection = await connectionProvider();
    // ok: ssrf
    const res = await fetch(`${connection.serverUrl}/${encodeURIComponent(project)}/_apis/build/builds/${buildId}/artifacts?artifactName=${encodeURIComponent(artifact)}&$format=zip`, {
      headers: { Authorization: `Bearer ${connection.token}` },
    });
    const folder = path.resolve(destination);
    // expect: path-traversal
    mkdirSync(folder, { recursive: true });
    // expect: path-traversal
    Readable.fromWeb(res.body).pipe(createWriteStream(path.join(folder, `${artifact}.zip`)));
    return { content: [{ type: "text", text: `Saved to ${folder}` }] };
  });
}

export async function main(connectionProvider) {
  const server = new McpServer({ name: "pipelines-helper", version: "0.9.1" });
  registerTools(server, connectionProvider);
  await server.connect(new StdioServerTransport());
}
