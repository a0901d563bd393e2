// typosquat: a package named to be mistaken for a popular MCP server or SDK.
// A user who types `npx -y @modelcontextprotocoI/server-filesystem` into a
// client config runs whatever the squatter published, with the user's files
// and tokens.
import type { Rule } from "./types.js";
import { POPULAR_MCP_PACKAGES, POPULAR_MCP_PACKAGES_AS_OF } from "./models/popular-mcp-packages.js";
import { lineOfJsonKey } from "./util/manifest-location.js";
import { allowedEdits, editDistance, skeleton, splitName } from "./util/name-distance.js";

export interface Lookalike {
  popular: string;
  downloads: number;
  how: "lookalike-characters" | "separators" | "edit-distance" | "lookalike-scope" | "scope-dropped";
  detail: string;
}

const POPULAR_NAMES = new Set(POPULAR_MCP_PACKAGES.map(([n]) => n));

/** The popular package a name imitates, if any; undefined for popular names themselves and their own scope's packages. */
export function lookalikeOf(name: string): Lookalike | undefined {
  const lower = name.toLowerCase();
  if (POPULAR_NAMES.has(lower)) return undefined;
  const mine = splitName(lower);
  for (const [popular, downloads] of POPULAR_MCP_PACKAGES) {
    const theirs = splitName(popular);
    // Same scope, same owner: a sibling package, not an imitation (we cannot see npm owners offline).
    if (mine.scope !== undefined && mine.scope === theirs.scope) continue;
    const found = compare(mine, theirs, lower, popular);
    if (found) return { popular, downloads, ...found };
  }
  return undefined;
}

function compare(mine: ReturnType<typeof splitName>, theirs: ReturnType<typeof splitName>, name: string, popular: string): Omit<Lookalike, "popular" | "downloads"> | undefined {
  // @modelcontextprotoco1/server-x: the same package name under a scope that reads alike.
  if (mine.scope !== undefined && theirs.scope !== undefined && mine.bare === theirs.bare) {
    const how = scopeImitation(mine.scope, theirs.scope);
    if (how) return { how: "lookalike-scope", detail: `scope @${mine.scope} imitates @${theirs.scope} (${how})` };
  }
  // `storybook-mcp` next to `@storybook/mcp`: a scoped package whose own name is a generic word takes all of
  // its identity from the scope, and `<product>-mcp` is what anyone names an MCP server for that product.
  // Naming the product the way everyone does is not imitating the publisher; a changed letter still is (below).
  if (mine.scope === undefined && theirs.scope !== undefined && GENERIC_BARE.test(theirs.bare) && mine.bare.replace(/[-_.]/g, "") === `${theirs.scope}${theirs.bare}`.replace(/[-_.]/g, "")) return undefined;
  // modelcontextprotocol-server-x for @modelcontextprotocol/server-x.
  if (mine.scope === undefined && theirs.scope !== undefined) {
    if (skeleton(mine.bare) === skeleton(`${theirs.scope}${theirs.bare}`)) return { how: "scope-dropped", detail: `the scope is folded into the name` };
  }
  if (skeleton(name.replace(/[@/]/g, "")) === skeleton(popular.replace(/[@/]/g, ""))) {
    const onlySeparators = name.replace(/[-_.@/]/g, "") === popular.replace(/[-_.@/]/g, "");
    return onlySeparators ? { how: "separators", detail: "only separators differ" } : { how: "lookalike-characters", detail: "characters that read alike (0/o, 1/l, rn/m…)" };
  }
  // Both scoped with one package name: only the scope differs, judged above on the scope's own length.
  if (mine.scope !== undefined && theirs.scope !== undefined && mine.bare === theirs.bare) return undefined;
  const limit = allowedEdits(popular.length);
  if (limit === 0) return undefined;
  const d = editDistance(name, popular, limit);
  if (d <= limit) return { how: "edit-distance", detail: `${d} edit${d === 1 ? "" : "s"} away` };
  return undefined;
}

/** Package names that say only "an MCP server" (`@storybook/mcp`, `@acme/mcp-server`): the scope is the whole identity. */
const GENERIC_BARE = /^(mcp|server|mcp-server|server-mcp|mcp-server-node)$/;

/** A publisher's scope this short reads as a word of its own with a suffix (`@ai-…`), so only a suffix on a longer one imitates it. */
const MIN_SUFFIXED_SCOPE = 4;

/**
 * How a scope imitates a popular publisher's, if it does: characters that read
 * alike or separators added or dropped (`@model-context-protocol`), one edit
 * (more on long scopes), or the publisher's scope with a suffix
 * (`@modelcontextprotocol-official`, `@upstashhq`), the form an impostor
 * picks when the exact scope is taken.
 */
export function scopeImitation(scope: string, popularScope: string): string | undefined {
  if (scope === popularScope) return undefined;
  if (skeleton(scope) === skeleton(popularScope)) return "characters that read alike or separators";
  const edits = Math.max(popularScope.length >= MIN_SUFFIXED_SCOPE ? 1 : 0, allowedEdits(popularScope.length));
  const d = editDistance(scope, popularScope, edits);
  if (d <= edits) return `${d} edit${d === 1 ? "" : "s"} away`;
  if (popularScope.length >= MIN_SUFFIXED_SCOPE && scope.startsWith(popularScope)) return `the scope with "${scope.slice(popularScope.length)}" added`;
  return undefined;
}

export const typosquat: Rule = {
  meta: {
    id: "typosquat",
    title: "Typosquat of a popular MCP package",
    defaultSeverity: "medium",
    threat: "supply-chain",
    cwe: [506],
    summary: "The package's name is a small edit away from a popular MCP server or SDK.",
    description:
      "The name differs from a popular MCP package by one or two characters (scaled by length), by characters that read alike (0/o, 1/l, rn/m), by separators, or by a lookalike scope with one of that publisher's package names (`@modelcontextprotoco1/…`, `@modelcontextprotocol-official/…`: characters that read alike, a hyphen, one edit, or a suffix added to the scope). Squatters publish such names so that a typo in a client config or an `npx -y` command installs their code instead.",
    help: [
      "**Why it matters.** MCP servers are started by name from client configs (`npx -y <name>`): one wrong character runs a stranger's package with the user's files and tokens.",
      "",
      "**How to fix.** Check the name against the project's documentation and the registry page of the package you meant; install that one.",
      "",
      `The list of popular packages is data (rules/models/popular-mcp-packages.ts, as of ${POPULAR_MCP_PACKAGES_AS_OF}). The registry's owner of a package is not visible offline, so a package in the same scope as the popular one (\`@modelcontextprotocol/server-x\` next to \`@modelcontextprotocol/server-y\`) is taken to have the same owner and is not reported; a popular package's own name is never reported. An unscoped name that is exactly a popular scoped package's scope and generic name (\`storybook-mcp\` next to \`@storybook/mcp\`) is the descriptive name of any MCP server for that product and is not reported; with a letter changed or read-alike characters it is.`,
    ].join("\n"),
    precision: "medium",
  },
  check(ctx) {
    const name = ctx.source.facts.name;
    if (!name) return;
    const found = lookalikeOf(name);
    if (!found) return;
    ctx.report({
      message: `The package name "${name}" looks like the popular MCP package "${found.popular}" (${found.downloads.toLocaleString("en-US")} downloads a month): ${found.detail}`,
      location: { file: "package.json", line: ctx.source.manifestText ? lineOfJsonKey(ctx.source.manifestText, undefined, "name") : 1, column: 1 },
      fix: `Make sure you meant this package and not "${found.popular}".`,
      fingerprintKey: `${found.popular}|${found.how}`,
      properties: { lookalikeOf: found.popular, how: found.how },
    });
  },
};
