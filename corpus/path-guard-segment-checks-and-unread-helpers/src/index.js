#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { PageStore } from "./pages.js";
import { readAudio, readCaption, readImage, readPoster, readStill, readSubtitle, readThumbnail, readVideo } from "./media.js";

const pages = new PageStore(process.env.WIKI_DIR ?? "./wiki");
const server = new McpServer({ name: "wiki-pages", version: "1.4.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.tool("read_page", "Read a wiki page", { name: z.string() }, async ({ name }) => text(await pages.read(name)));
server.tool("write_page", "Write a wiki page", { name: z.string(), body: z.string() }, async ({ name, body }) => {
  await pages.write(name, body);
  return text("saved");
});
server.tool("read_draft", "Read a draft page", { name: z.string() }, async ({ name }) => text(await pages.readDraft(name)));
server.tool("read_archived", "Read an archived page", { name: z.string() }, async ({ name }) => text(await pages.readArchived(name)));
server.tool("read_attachment", "Read a page attachment", { name: z.string() }, async ({ name }) => text(String(await pages.readAttachment(name))));

for (const [tool, read] of Object.entries({ read_image: readImage, read_video: readVideo, read_audio: readAudio, read_caption: readCaption, read_poster: readPoster, read_thumbnail: readThumbnail, read_subtitle: readSubtitle, read_still: readStill })) {
  server.tool(tool, `Read a media file (${tool.slice(5)})`, { name: z.string() }, async ({ name }) => text(String(await read(name))));
}

await server.connect(new StdioServerTransport());
