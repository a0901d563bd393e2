// hardcoded-secret: a string literal in shipped code matches a provider's
// token format. Whoever installs the package gets the key; whoever owns it is
// exposed. Messages and snippets show only a masked prefix.
import type { TSESTree } from "@typescript-eslint/types";
import { locationOf } from "../analyzer/parse/ast.js";
import { maskSecret } from "../analyzer/mask.js";
import type { ParsedModule } from "../analyzer/types.js";
import { isPlaceholderSecret, mayContainSecretFormat, SECRET_FORMATS } from "./models/secret-formats.js";
import type { Rule, RuleContext } from "./types.js";

/** Test fixtures and examples carry fake tokens by design. */
const NOT_SHIPPED_CODE = /(^|\/)(test|tests|__tests__|__mocks__|spec|specs|fixtures?|examples?)\/|\.(test|spec)\.[cm]?[jt]sx?$/i;

function check(ctx: RuleContext, text: string, node: TSESTree.Node, module: ParsedModule): void {
  if (text.length < 16 || !mayContainSecretFormat(text) || NOT_SHIPPED_CODE.test(module.path)) return;
  for (const format of SECRET_FORMATS) {
    const m = format.pattern.exec(text);
    if (!m || isPlaceholderSecret(m[0])) continue;
    ctx.report({
      message: `A ${format.name} is written in the code (${maskSecret(m[0])}): anyone who installs the package can read and use it`,
      location: locationOf(module.path, node),
      fix: "Revoke the credential now, remove it from the code and its history, and read it from configuration (an env var the user sets) instead.",
      fingerprintKey: `${format.name}|${m[0].slice(0, 8)}`,
      properties: { format: format.name },
    });
    return;
  }
}

export const hardcodedSecret: Rule = {
  meta: {
    id: "hardcoded-secret",
    title: "Hardcoded secret",
    defaultSeverity: "medium",
    threat: "credential-leakage",
    cwe: [798],
    summary: "A literal credential of a known provider format is in the shipped code.",
    description:
      "A string in the package matches a provider token format: GitHub, GitLab and npm tokens, AWS keys, Slack and Discord tokens and webhooks, Stripe, OpenAI, Anthropic, Google and other API keys, private key blocks, database URLs with passwords. Published code is public: the key is leaked the moment the package is, and every user of the server acts with the author's identity.",
    help: [
      "**Why it matters.** A key in a published package is readable by anyone who downloads it, and scanners harvest registries for them within minutes.",
      "",
      "**How to fix.** Revoke the key, remove it (and its history), and read credentials from configuration:",
      "",
      "```ts",
      "const token = process.env.GITHUB_TOKEN; // set by the user in the MCP client config",
      "```",
    ].join("\n"),
    precision: "high",
  },
  visitors(ctx) {
    return {
      Literal(node, module) {
        if (typeof node.value === "string") check(ctx, node.value, node, module);
      },
      TemplateElement(node, module) {
        check(ctx, node.value.cooked ?? node.value.raw, node, module);
      },
    };
  },
};
