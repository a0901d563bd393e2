// secret-in-url: a credential put into a URL's query string. URLs are logged
// by proxies, servers, CDNs and HTTP clients' own errors (node-fetch puts the
// whole URL into err.message; axios keeps it in err.config.url), so a key in
// the query string travels further than one in a header. Low on its own; when
// the URL is then logged or returned, secret-in-log / secret-in-tool-output
// report the flow (the engine follows the key through the URL).
import type { TSESTree } from "@typescript-eslint/types";
import { calleeName, locationOf, memberChain, propertyName, stringLiteralValue, unwrapExpression, type Node } from "../analyzer/parse/ast.js";
import type { ParsedModule } from "../analyzer/types.js";
import { isSecretName } from "./models/secret-names.js";
import type { Rule, RuleContext } from "./types.js";

/** `?api_key=` or `&token=` at the end of a constant part of a URL. */
const QUERY_SLOT = /[?&]([A-Za-z0-9_.[\]-]+)=$/;
/** Query names that hold a credential without saying so in a secret word. */
const CREDENTIAL_PARAMS = new Set(["appid", "app_id_key", "apikey", "api-key", "access_token", "auth", "sig", "signature", "client_secret", "private_token"]);
/** Tokens that are not credentials: pagination and sync cursors, CSRF echo. */
const NOT_CREDENTIAL = /page|next|continuation|cursor|sync|resume|csrf|xsrf|state|nonce|count|limit|progress/i;
const OPTION_KEYS = new Set(["params", "searchParams", "query", "qs"]);
const BODY_KEYS = new Set(["body", "data", "form"]);

function isCredentialParam(name: string): boolean {
  if (NOT_CREDENTIAL.test(name)) return false;
  return CREDENTIAL_PARAMS.has(name.toLowerCase()) || isSecretName(name);
}

/** The name a value is known by: `process.env.X` → X, `this.apiKey` → apiKey, `encodeURIComponent(key)` → key. */
function secretNameOf(node: Node, depth = 0): string | undefined {
  const n = unwrapExpression(node);
  if (depth > 3) return undefined;
  if (n.type === "Identifier") return isSecretName(n.name) && !NOT_CREDENTIAL.test(n.name) ? n.name : undefined;
  if (n.type === "MemberExpression") {
    const name = propertyName(n);
    return name && isSecretName(name) && !NOT_CREDENTIAL.test(name) ? name : undefined;
  }
  if (n.type === "CallExpression" && (calleeName(n) === "encodeURIComponent" || calleeName(n) === "String" || calleeName(n) === "encodeURI") && n.arguments[0]) return secretNameOf(n.arguments[0], depth + 1);
  if (n.type === "LogicalExpression") return secretNameOf(n.left, depth + 1) ?? secretNameOf(n.right, depth + 1);
  return undefined;
}

function isConstant(node: Node): boolean {
  const n = unwrapExpression(node);
  return stringLiteralValue(n) !== undefined || n.type === "Literal";
}

/** The constant text a concatenation's left side ends with: `BASE + "?key="` → "?key=". */
function trailingText(node: Node): string | undefined {
  const n = unwrapExpression(node);
  const s = stringLiteralValue(n);
  if (s !== undefined) return s;
  if (n.type === "TemplateLiteral") return n.quasis[n.quasis.length - 1].value.cooked ?? undefined;
  if (n.type === "BinaryExpression" && n.operator === "+") return trailingText(n.right);
  return undefined;
}

interface Slot {
  param: string;
  value: Node;
  at: Node;
}

export const secretInUrl: Rule = {
  meta: {
    id: "secret-in-url",
    title: "Secret in a URL query string",
    defaultSeverity: "low",
    threat: "credential-leakage",
    cwe: [598],
    summary: "A secret is placed in a URL's query string.",
    description:
      "An API key or token is put into a URL (`?api_key=${KEY}`, `url.searchParams.set(\"key\", KEY)`, axios `params: { api_key }`). URLs are written to proxy and server access logs, kept in HTTP clients' errors (`err.config.url`, node-fetch's `err.message`) and often logged or returned by the server itself. Some APIs accept keys only this way; where a header is possible, prefer it. When the URL is then logged or returned, `secret-in-log` or `secret-in-tool-output` reports that flow.",
    help: [
      "**Why it matters.** A query string is part of every log line about the request, and of HTTP client errors the server may print.",
      "",
      "**How to fix.** Send the key in a header when the API accepts one, and never log or return the full URL:",
      "",
      "```ts",
      "await fetch(url, { headers: { \"x-api-key\": apiKey } });",
      "```",
    ].join("\n"),
    precision: "medium",
  },
  visitors(ctx) {
    const found = (slot: Slot, module: ParsedModule): boolean => report(ctx, slot, module);
    const formBodies = new WeakSet<Node>();
    return {
      TemplateLiteral(node, module) {
        // One finding per URL: `?key=${KEY}&token=${TOKEN}` is one place to fix.
        for (let i = 0; i < node.expressions.length; i++) {
          const text = node.quasis[i].value.cooked ?? "";
          // After an expression, `${sep}key=` starts the slot itself.
          const m = QUERY_SLOT.exec(text) ?? (i > 0 ? /^([A-Za-z0-9_.[\]-]+)=$/.exec(text) : null);
          if (m && found({ param: m[1], value: node.expressions[i], at: node.expressions[i] }, module)) return;
        }
      },
      BinaryExpression(node, module) {
        if (node.operator !== "+") return;
        const m = QUERY_SLOT.exec(trailingText(node.left) ?? "");
        if (m) found({ param: m[1], value: node.right, at: node.right }, module);
      },
      CallExpression(node, module) {
        const name = calleeName(node);
        const callee = unwrapExpression(node.callee);
        // url.searchParams.set("key", KEY), params.append("api_key", KEY)
        if ((name === "set" || name === "append") && callee.type === "MemberExpression" && node.arguments.length === 2) {
          const chain = memberChain(callee.object);
          const receiver = chain ? (chain.names[chain.names.length - 1] ?? (chain.root.type === "Identifier" ? chain.root.name : "")) : "";
          const param = stringLiteralValue(node.arguments[0]);
          if (param !== undefined && /searchParams|params|query/i.test(receiver)) found({ param, value: node.arguments[1], at: node }, module);
          return;
        }
        // axios/got/ky options: { params: { api_key: KEY } }
        for (const arg of node.arguments) {
          const a = unwrapExpression(arg);
          if (a.type !== "ObjectExpression") continue;
          for (const p of a.properties) {
            if (p.type !== "Property") continue;
            const key = propertyName(p) ?? "";
            // A form-encoded body (`body: new URLSearchParams({ token })`) is not a URL.
            if (BODY_KEYS.has(key)) formBodies.add(unwrapExpression(p.value));
            if (OPTION_KEYS.has(key)) objectSlots(unwrapExpression(p.value), module, found);
          }
        }
      },
      NewExpression(node, module) {
        if (calleeName(node) !== "URLSearchParams" || !node.arguments[0] || formBodies.has(node)) return;
        objectSlots(unwrapExpression(node.arguments[0]), module, found);
      },
    };
  },
};

function objectSlots(obj: Node, module: ParsedModule, found: (s: Slot, m: ParsedModule) => boolean): void {
  if (obj.type !== "ObjectExpression") return;
  for (const p of obj.properties) {
    if (p.type !== "Property") continue;
    const param = propertyName(p);
    if (param !== undefined && found({ param, value: p.value, at: p }, module)) return;
  }
}

/** Reports a slot that holds a credential; true when it did. */
function report(ctx: RuleContext, slot: Slot, module: ParsedModule): boolean {
  if (isConstant(slot.value)) return false;
  const valueName = secretNameOf(slot.value);
  if (!valueName && !isCredentialParam(slot.param)) return false;
  const what = valueName ? `\`${valueName}\`` : "a credential";
  ctx.report({
    message: `${what} is put into a URL query string (\`${slot.param}=\`): URLs end up in access logs and in HTTP client errors`,
    location: locationOf(module.path, slot.at as TSESTree.Node),
    fix: "Send the key in a header if the API accepts one (Authorization, x-api-key), and never log or return the full URL.",
    fingerprintKey: `${slot.param}|${valueName ?? ""}`,
    properties: { parameter: slot.param, ...(valueName ? { value: valueName } : {}) },
  });
  return true;
}
