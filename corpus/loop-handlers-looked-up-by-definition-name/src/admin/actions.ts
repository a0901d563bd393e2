import { z } from "zod";

export const ADMIN_DEFS = [
  { name: "ping_remote", description: "Check that the origin remote answers", schema: z.object({}) },
  { name: "server_version", description: "The helper's version", schema: z.object({}) },
];

export const ADMIN_ACTIONS = {
  ping_remote: { perform: async () => (await fetch("https://git.example.com/health")).status.toString() },
  server_version: { perform: async () => "2.1.0" },
};
