import { exec } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";

const sh = promisify(exec);

export const schema = z.object({
  name: z.string().describe("Task name"),
  project: z.string().optional().describe("Project to file it under"),
});

export async function handler({ name, project }) {
  const script = `tell application "Taskdeck" to make new task with properties {name:"${name}"}`;
  const { stdout } = await sh(`osascript -e '${script}'`); // expect: command-injection (critical)
  return { content: [{ type: "text", text: project ? `${stdout} in ${project}` : stdout }] };
}
