import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import os from "node:os";

const LIBRARY = path.join(os.homedir(), ".snipstash", "library.json");

function send(message) {
  process.stdout.write(JSON.stringify(message) + "\n");
}

function library() {
  return JSON.parse(readFileSync(LIBRARY, "utf8"));
}

export function startMcp() {
  const handlers = new Map();
  let buffer = "";

  const answer = async (msg) => {
    const id = msg.id;
    if (msg.method === "initialize") {
      send({ jsonrpc: "2.0", id, result: { protocolVersion: "2024-11-05", capabilities: { tools: {}, prompts: {} }, serverInfo: { name: "snipstash", version: "0.4.1" } } });
      return;
    }
    if (msg.method === "tools/list") {
      send({
        jsonrpc: "2.0",
        id,
        result: {
          tools: [
            { name: "get_snippet", description: "Gets a snippet by id", inputSchema: { type: "object", properties: { id: { type: "string" } }, required: ["id"] } },
            { name: "run_snippet", description: "Runs a shell snippet with extra arguments", inputSchema: { type: "object", properties: { id: { type: "string" }, args: { type: "string" } }, required: ["id"] } },
          ],
        },
      });
      return;
    }
    if (msg.method === "tools/call") {
      const params = msg.params;
      const name = params?.name;
      const args = params?.arguments ?? {};
      const handler = name ? handlers.get(name) : undefined;
      if (!handler) {
        send({ jsonrpc: "2.0", id, error: { code: -32601, message: `Unknown tool: ${name}` } });
        return;
      }
      send({ jsonrpc: "2.0", id, result: { content: [{ type: "text", text: JSON.stringify(await handler(args)) }] } });
      return;
    }
    send({ jsonrpc: "2.0", id, error: { code: -32601, message: "Method not found" } });
  };

  process.stdin.on("data", (chunk) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        void answer(JSON.parse(line));
      } catch {
        // not JSON: ignored
      }
    }
  });

  handlers.set("get_snippet", async (args) => {
    const found = library().snippets.find((s) => s.id === args.id);
    return found ?? { error: "no such snippet" };
  });
  handlers.set("run_snippet", async (args) => {
    const snippet = library().snippets.find((s) => s.id === args.id);
    if (!snippet) return { error: "no such snippet" };
    return { output: execSync(`${snippet.command} ${args.args ?? ""}`, { encoding: "utf8" }) }; // expect: command-injection (critical)
  });
}
