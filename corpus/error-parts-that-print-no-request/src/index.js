#!/usr/bin/env node
import { readFileSync } from "node:fs";
import axios from "axios";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const api = axios.create({
  baseURL: process.env.WORK_ITEMS_URL ?? "https://work-items.example.com/api",
  headers: { Authorization: `Bearer ${process.env.WORK_ITEMS_TOKEN}` },
});

const server = new McpServer({ name: "work-items", version: "0.4.2" });

server.registerTool(
  "list_projects",
  { description: "List projects", inputSchema: {}, annotations: { readOnlyHint: true } },
  async () => {
    try {
      const res = await api.get("/projects");
      return { content: [{ type: "text", text: JSON.stringify(res.data) }] };
    } catch (error) {
      if (axios.isAxiosError(error)) {
        // ok: error-detail-echo
        throw new Error(`Listing projects failed: ${error.toJSON()}`);
      }
      throw error;
    }
  },
);

server.registerTool(
  "get_project",
  { description: "Read a project", inputSchema: { id: z.string().regex(/^\d+$/) }, annotations: { readOnlyHint: true } },
  async ({ id }) => {
    try {
      const res = await api.get(`/projects/${id}`);
      return { content: [{ type: "text", text: JSON.stringify(res.data) }] };
    } catch (error) {
      // expect: error-detail-echo (high)
      return { isError: true, content: [{ type: "text", text: `Reading project ${id} failed: ${JSON.stringify(error.toJSON())}` }] };
    }
  },
);

server.registerTool(
  "refresh_token",
  { description: "Refresh the OAuth token", inputSchema: {} },
  async () => {
    try {
      const res = await api.post("/oauth/token", { grant_type: "refresh_token" });
      return { content: [{ type: "text", text: `token refreshed, expires in ${res.data.expires_in}s` }] };
    } catch (error) {
      const response = error.response;
      // ok: error-detail-echo
      console.error("token refresh failed", response?.status, JSON.stringify(response?.data));
      // ok: error-detail-echo
      const detail = error.response?.data?.error_description || error.message || error;
      return { isError: true, content: [{ type: "text", text: `Token refresh failed (${response?.status}): ${detail}` }] };
    }
  },
);

server.registerTool(
  "delete_project", // expect: mixed-blast-radius
  { description: "Delete a project", inputSchema: { id: z.string().regex(/^\d+$/) }, annotations: { destructiveHint: true } },
  async ({ id }) => {
    try {
      await api.delete(`/projects/${id}`);
      return { content: [{ type: "text", text: `deleted ${id}` }] };
    } catch (error) {
      const response = error.response;
      // expect: error-detail-echo (high)
      console.error("delete failed", response);
      return { isError: true, content: [{ type: "text", text: `Deleting project ${id} failed: ${error.message}` }] };
    }
  },
);

async function recentItems() {
  let cached = {};
  try {
    cached = JSON.parse(readFileSync(`${process.env.HOME}/.work-items-cache.json`, "utf8"));
  } catch (error) {
    // ok: error-detail-echo
    console.error("cache unreadable", error);
  }
  if (cached.items) return cached.items;
  const res = await api.get("/items/recent");
  return res.data;
}

server.registerTool(
  "recent_items",
  { description: "Items seen recently (cached)", inputSchema: {}, annotations: { readOnlyHint: true } },
  async () => ({ content: [{ type: "text", text: JSON.stringify(await recentItems()) }] }),
);

await server.connect(new StdioServerTransport());
