"use strict";
const { readFile, readdir } = require("node:fs/promises");
const path = require("node:path");
const { z } = require("zod");

const ARCHIVE_DIR = path.resolve(process.env.ARCHIVE_DIR || "archive");

const readArchive = {
  name: "read_archive",
  title: "Read an archive",
  description: "Reads one station archive file",
  schema: z.object({ file: z.string() }),
  handler: async ({ file }) => {
    // expect: path-traversal (high)
    const text = await readFile(path.join(ARCHIVE_DIR, file), "utf8");
    return { content: [{ type: "text", text }] };
  },
};

const listStations = {
  name: "list_stations",
  title: "List stations",
  description: "Lists the archived stations",
  schema: z.object({}),
  handler: async () => ({ content: [{ type: "text", text: (await readdir(ARCHIVE_DIR)).join("\n") }] }),
};

const stationCount = {
  name: "station_count",
  title: "Count stations",
  description: "Counts the archived stations",
  schema: z.object({}),
  handler: async () => ({ content: [{ type: "text", text: String((await readdir(ARCHIVE_DIR)).length) }] }),
};

exports.DEFINITIONS = [readArchive, listStations, stationCount];
