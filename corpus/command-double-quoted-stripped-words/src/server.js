#!/usr/bin/env node
import { execSync } from "node:child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { forDoubleQuotes, withoutSeparators, withoutSubstitutions } from "./clean.js";

const server = new McpServer({ name: "journal-search", version: "0.4.0" });
const journal = process.env.JOURNAL_DIR ?? `${process.env.HOME}/journal`;
const text = (t) => ({ content: [{ type: "text", text: String(t) }] });

// Inside double quotes with nothing left that ends them or substitutes: one word of grep,
// which can still start with `-` (an option of grep, argument injection at medium).
server.tool("find_entries", "Journal entries mentioning a phrase", { phrase: z.string() }, async ({ phrase }) => {
  const safe = forDoubleQuotes(phrase);
  return text(execSync(`grep -rl --include="*.md" "${safe}" "${journal}"`, { encoding: "utf8" })); // expect: command-injection (medium)
});

// Each word of a phrase piped through another grep, each inside double quotes: the same, an option at most.
server.tool("find_all_words", "Entries mentioning every word", { words: z.string() }, async ({ words }) => {
  const [first, ...rest] = forDoubleQuotes(words).split(/\s+/);
  let line = `grep -rl "${first}" "${journal}"`;
  for (const w of rest) line += ` | grep -e "${w}"`;
  return text(execSync(line, { encoding: "utf8" })); // expect: command-injection (medium)
});

// After `-e` (grep's pattern option) the stripped word is the pattern, never an option.
server.tool("count_mentions", "How many lines mention a phrase", { phrase: z.string() }, async ({ phrase }) => {
  // ok: command-injection
  return text(execSync(`grep -rc -e "${forDoubleQuotes(phrase)}" "${journal}"`, { encoding: "utf8" }));
});

// Twin: separators gone, but `$( )` and backticks still run inside double quotes.
server.tool("find_titles", "Entries whose title mentions a phrase", { phrase: z.string() }, async ({ phrase }) => {
  return text(execSync(`grep -rl "^# .*${withoutSeparators(phrase)}" "${journal}"`, { encoding: "utf8" })); // expect: command-injection (critical)
});

// Twin: a trailing `\` escapes the closing quote, the next piece lands outside quotes with its `;` intact.
server.tool("find_between", "Entries mentioning two words in order", { from: z.string(), to: z.string() }, async ({ from, to }) => {
  return text(execSync(`grep -rlE "${withoutSubstitutions(from)}" "${journal}" --regexp "${withoutSubstitutions(to)}"`, { encoding: "utf8" })); // expect: command-injection (critical)
});

// Twin: quoted on one branch only.
server.tool("find_tag", "Entries with a tag", { tag: z.string(), exact: z.boolean().optional() }, async ({ tag, exact }) => {
  const word = forDoubleQuotes(tag);
  const pattern = exact ? `"#${word}"` : `#${word}`;
  return text(execSync(`grep -rl ${pattern} "${journal}"`, { encoding: "utf8" })); // expect: command-injection (critical)
});

await server.connect(new StdioServerTransport());
