import Anthropic from "@anthropic-ai/sdk";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { Octokit } from "@octokit/rest";
import OpenAI from "openai";
import { z } from "zod";

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

const server = new McpServer({ name: "pr-reviewer", version: "0.8.0" });

server.registerTool(
  "review_pr",
  { description: "Review a pull request", inputSchema: { owner: z.string(), repo: z.string(), pull_number: z.number().int(), model: z.enum(["openai", "anthropic"]) } },
  async ({ owner, repo, pull_number, model }) => {
    const { data: diff } = await octokit.pulls.get({ owner, repo, pull_number, mediaType: { format: "diff" } });
    const prompt = `Review this diff:\n${String(diff)}`;
    const text =
      model === "openai"
        ? ((await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] })).choices[0].message.content ?? "")
        : (await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 2000, messages: [{ role: "user", content: prompt }] })).content
            .map((b) => (b.type === "text" ? b.text : ""))
            .join("");
    return { content: [{ type: "text" as const, text }] };
  },
);

await server.connect(new StdioServerTransport());
