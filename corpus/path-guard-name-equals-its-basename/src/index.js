#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile, unlink, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { z } from "zod";

const datasets = process.env.DATASETS_DIR ?? "./datasets";
const server = new McpServer({ name: "dataset-curator", version: "0.6.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

// expect: mixed-blast-radius
server.tool("prune_images", "Delete images from the dataset", { images: z.array(z.string()) }, async ({ images }) => {
  const removed = [];
  for (const image of images) {
    if (image !== basename(image)) throw new Error(`${image}: give file names, not paths`);
    // ok: path-traversal
    await unlink(join(datasets, "images", image));
    removed.push(image);
  }
  return text(`removed ${removed.length}`);
});

server.tool("caption", "Write the caption of an image", { image: z.string(), caption: z.string() }, async ({ image, caption }) => {
  if (basename(image) !== image || image.startsWith(".")) return text("not a file name");
  // ok: path-traversal
  await writeFile(join(datasets, "captions", `${image}.txt`), caption);
  return text("saved");
});

server.tool("read_caption", "Read the caption of an image", { image: z.string() }, async ({ image }) => {
  // Compared with the basename of another value, and only logged.
  if (image !== basename(datasets)) console.error(`reading caption ${image}`);
  // expect: path-traversal
  return text(await readFile(join(datasets, "captions", `${image}.txt`), "utf8"));
});

server.tool("restore_image", "Restore an image from the trash", { image: z.string() }, async ({ image }) => {
  if (image === basename(image)) return text("give the path inside the trash");
  // expect: path-traversal
  await writeFile(join(datasets, "images", basename(image)), await readFile(join(datasets, ".trash", image)));
  return text("restored");
});

await server.connect(new StdioServerTransport());
