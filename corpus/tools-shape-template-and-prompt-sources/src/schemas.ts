import { z } from "zod";

export const ReadNoteArgs = z.object({
  name: z.string().min(1),
});

export const SafeReadArgs = z.object({
  name: z.string(),
});
