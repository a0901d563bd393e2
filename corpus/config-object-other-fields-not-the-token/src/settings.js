import { z } from "zod";

const Settings = z.object({
  baseUrl: z.string().url().default("https://wiki.example.org/api"),
  space: z.string().default("TEAM"),
  token: z.string().min(20),
  smtpHost: z.string(),
  smtpUser: z.string(),
  smtpPassword: z.string(),
  mailFrom: z.string().email().default("wiki-bot@example.org"),
});

export function loadSettings(env = process.env) {
  return Settings.parse({
    baseUrl: env.WIKI_BASE_URL,
    space: env.WIKI_SPACE,
    token: env.WIKI_API_TOKEN,
    smtpHost: env.WIKI_SMTP_HOST,
    smtpUser: env.WIKI_SMTP_USER,
    smtpPassword: env.WIKI_SMTP_PASSWORD,
    mailFrom: env.WIKI_MAIL_FROM,
  });
}
