#!/usr/bin/env node
// The tools' names say nothing about files; their parameters' descriptions do ("path of the
// JavaScript file to upload", "directory where the report is saved", "files to attach"). That
// is the tool's declaration too: reading or writing the path the model names is a capability.
// A record id joined into a path, and a template name joined under the package's own folder,
// cross a boundary the code meant to keep: injections.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { exec } from "node:child_process";
import nodemailer from "nodemailer";
import { z } from "zod";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RECORDS = path.join(HERE, "records");
const TEMPLATES = path.join(HERE, "templates");
const server = new McpServer({ name: "edge-publisher", version: "0.4.0" });

server.tool(
  "publish_function",
  "Publish an edge function to your backend",
  { slug: z.string(), source: z.string().describe("Path of the JavaScript file to upload as the function's code") },
  async ({ slug, source }) => {
    const code = await fs.readFile(source, "utf8"); // expect: path-traversal (low)
    await fetch("https://edge.example.com/v1/functions", { method: "POST", body: JSON.stringify({ slug, code }) });
    return { content: [{ type: "text", text: `published ${slug}` }] };
  },
);

// Twin: the parameter is a record id, not a path; joined into the records folder it can climb out.
server.tool(
  "show_function_record",
  "Show the stored record of an edge function",
  { recordId: z.string().describe("Id of the function record") },
  async ({ recordId }) => {
    const text = await fs.readFile(path.join(RECORDS, `${recordId}.json`), "utf8"); // expect: path-traversal (high)
    return { content: [{ type: "text", text }] };
  },
);

// The output folder is the tool's input (described so); the template name is joined under the
// package's own templates folder, a boundary the code meant to keep.
server.tool(
  "export_report",
  "Export the weekly report",
  {
    outputDir: z.string().describe("Directory where the generated report is saved (absolute path)"),
    template: z.string().describe("Name of the bundled template"),
  },
  async ({ outputDir, template }) => {
    const layout = await fs.readFile(path.join(TEMPLATES, template), "utf8"); // expect: path-traversal (high)
    await fs.mkdir(outputDir, { recursive: true }); // expect: path-traversal (medium)
    await fs.writeFile(path.join(outputDir, "report.html"), layout); // expect: path-traversal (medium)
    return { content: [{ type: "text", text: `saved to ${outputDir}` }] };
  },
);

// An options object: nodemailer reads each attachment's `path` and mails the file.
server.tool(
  "mail_note",
  "Mail a note to a colleague",
  {
    to: z.string().email(),
    subject: z.string(),
    enclosures: z.array(z.string()).describe("File paths to attach to the note"),
  },
  async ({ to, subject, enclosures }) => {
    const transport = nodemailer.createTransport({ sendmail: true });
    const attachments = [];
    for (const file of enclosures) attachments.push({ filename: path.basename(file), path: file });
    await transport.sendMail({ to, subject, text: "see attached", attachments }); // expect: path-traversal (low)
    return { content: [{ type: "text", text: "sent" }] };
  },
);

// The parameter's description says it is a script to run, but the code puts a program the user
// configured before it in a shell line: text around the argument, an injection.
server.tool(
  "run_filter",
  "Run the configured mail filter",
  { script: z.string().describe("Filter script to run") },
  async ({ script }) => {
    exec(`${process.env.MAIL_FILTER ?? "sieve-test"} ${script}`); // expect: command-injection (critical)
    return { content: [{ type: "text", text: "filtered" }] };
  },
);

await server.connect(new StdioServerTransport());
