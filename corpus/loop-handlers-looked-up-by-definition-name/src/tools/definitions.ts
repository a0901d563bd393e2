import { z } from "zod";

export const TOOL_DEFS = [
  { name: "repo_status", description: "Short git status of the workspace", schema: z.object({}) },
  { name: "changelog_entries", description: "Recent changelog entries", schema: z.object({ count: z.number().int().max(50) }) },
  { name: "archive_ref", description: "Write a tarball of a git ref", schema: z.object({ ref: z.string() }) },
];
