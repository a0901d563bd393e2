import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";

const run = promisify(execFile);

export const withWorkspace = (base) => (process.env.TASKDECK_WORKSPACE ? base : { ...base, workspace: z.string().optional() });

export async function searchNotes({ query, workspace }) {
  const dir = process.env.TASKDECK_WORKSPACE ?? workspace ?? "notes";
  const { stdout } = await run("rg", ["--line-number", "--", query, dir]);
  return { content: [{ type: "text", text: stdout }] };
}
