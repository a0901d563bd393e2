import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const CALENDAR_DIR = path.join(process.env.HOME ?? ".", ".calendars");

export async function listEvents(args) {
  // ok: path-traversal
  const text = await readFile(path.join(CALENDAR_DIR, `${args.calendar}.ics`), "utf8");
  return { content: [{ type: "text", text }] };
}

export async function exportCalendar(args) {
  const text = await readFile(path.join(CALENDAR_DIR, "work.ics"), "utf8");
  await writeFile(args.destination, text); // expect: path-traversal
  return { content: [{ type: "text", text: `exported to ${args.destination}` }] };
}
