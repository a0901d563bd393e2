#!/usr/bin/env node
// `registry_sign_in` puts the registry right after `docker login`: read as an option there it can only be one of
// login's own (which account, where the password comes from), all of which the code already sets: no finding.
// `pull_image` puts the image right after `docker pull`, whose options reach further (a platform, every tag):
// argument injection (medium).
import { spawn } from "node:child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "container-registry-helper", version: "0.5.0" });

function finish(child) {
  return new Promise((resolve) => child.on("close", (code) => resolve({ content: [{ type: "text", text: `exit ${code}` }] })));
}

server.tool("registry_sign_in", "Sign in to a container registry with a token", { registry: z.string(), user: z.string() }, async ({ registry, user }) => {
  const argv = ["login"];
  argv.push(registry);
  argv.push("--username", user, "--password-stdin");
  // ok: command-injection
  const child = spawn("docker", argv, { stdio: ["pipe", "inherit", "inherit"] });
  child.stdin.end(process.env.REGISTRY_TOKEN ?? "");
  return finish(child);
});

server.tool("pull_image", "Download a container image", { image: z.string() }, async ({ image }) => {
  const child = spawn("docker", ["pull", image]); // expect: command-injection (medium)
  return finish(child);
});

await server.connect(new StdioServerTransport());
