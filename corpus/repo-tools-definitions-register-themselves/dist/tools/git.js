import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";

const execFileP = promisify(execFile);

export const gitLogTool = {
  name: "git_log",
  description: "Shows the last commits touching a path",
  async ctx(shared) {
    return { root: shared.root };
  },
  exec(server, { name, description, ctx }) {
    const schema = z.object({ file: z.string(), count: z.number().int().max(100).default(20) });
    server.registerTool(name, { description, inputSchema: schema.shape }, async ({ file, count }) => {
      const { stdout } = await execFileP("git", ["log", `-n${count}`, "--oneline", "--", file], { cwd: ctx.root });
      return { content: [{ type: "text", text: stdout }] };
    });
  },
};

export const blameLineTool = {
  name: "blame_line",
  description: "Shows one line of a file in the checkout",
  async ctx(shared) {
    return { root: shared.root };
  },
  exec(server, { name, description, ctx }) {
    const schema = z.object({ file: z.string(), line: z.number().int().min(1) });
    server.registerTool(name, { description, inputSchema: schema.shape }, async ({ file, line }) => {
      const full = path.resolve(ctx.root, file);
      if (!full.startsWith(ctx.root + path.sep)) throw new Error("outside the checkout");
      const text = await readFile(full, "utf8");
      return { content: [{ type: "text", text: text.split("\n")[line - 1] ?? "" }] };
    });
  },
};
