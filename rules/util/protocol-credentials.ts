// Credentials that arrive through the protocol rather than the environment
// (DESIGN.md, credential-exfiltration): a secret the user typed into an
// elicitation form, the client's bearer token on an HTTP transport, and a
// sampling result whose prompt asked the model for secrets or for the
// conversation so far. The engine labels the values (rules/models/mcp-protocol.ts);
// this file says which of them are credentials, reading the call that asked.
import type { TSESTree } from "@typescript-eslint/types";
import { calleeName, propertyName, stringLiteralValue, unwrapExpression, walk } from "../../analyzer/parse/ast.js";
import type { Destination, Flow } from "../../analyzer/taint/spec.js";
import type { ParsedModule } from "../../analyzer/types.js";
import { CREDENTIAL_HEADERS } from "../models/http-server.js";
import { isSecretName } from "../models/secret-names.js";
import {
  ASKS_FOR_CONVERSATION,
  ASKS_FOR_SECRETS,
  CLIENT_TOKEN_FIELD,
  CLIENT_TOKEN_NAME,
  CLIENT_TOKEN_SUBFIELDS,
  DECLINES,
  ELICITATION_ANSWER_KIND,
  ELICITATION_METHOD,
  HTTP_REQUEST_KIND,
  REQUEST_HEADERS_FIELD,
  REQUEST_CONTEXT_KIND,
  SAMPLING_METHOD,
  SAMPLING_RESULT_KIND,
  SECRET_FIELD_FORMATS,
  SECRET_FIELD_WORDS,
} from "../models/mcp-protocol.js";
import type { RuleContext, RuleVisitors } from "../types.js";
import type { CredentialRef } from "./destinations.js";

type Call = TSESTree.CallExpression;

const SAMPLED_SECRETS = "sampling that asks the model for secrets from the conversation";
const SAMPLED_CONVERSATION = "sampling that asks the model for the conversation so far";

function keyOf(file: string, node: TSESTree.Node): string {
  return `${file}:${node.loc.start.line}:${node.loc.start.column + 1}`;
}

function prop(obj: TSESTree.Node | undefined, name: string): TSESTree.Node | undefined {
  const o = obj && unwrapExpression(obj);
  if (o?.type !== "ObjectExpression") return undefined;
  const p = o.properties.find((q): q is TSESTree.Property => q.type === "Property" && propertyName(q) === name);
  return p?.value as TSESTree.Node | undefined;
}

/**
 * The client's bearer token: `extra.authInfo.token` (or the whole `authInfo`),
 * or a credential header of the incoming HTTP request read by name
 * (`req.headers.authorization`). `authInfo.clientId` and `req.headers["user-agent"]` are not it.
 */
export function isClientToken(flow: Flow): boolean {
  const { label, field, subfield } = flow;
  if (label.kind === REQUEST_CONTEXT_KIND) return field === CLIENT_TOKEN_FIELD && (subfield === undefined || CLIENT_TOKEN_SUBFIELDS.test(subfield));
  return label.kind === HTTP_REQUEST_KIND && field === REQUEST_HEADERS_FIELD && subfield !== undefined && CREDENTIAL_HEADERS.test(subfield);
}

export class ProtocolCredentials {
  private readonly calls = new Map<string, { call: Call; module: ParsedModule; what: "sampling" | "elicitation" }>();
  private readonly answers = new Map<string, CredentialRef | null>();

  constructor(private readonly ctx: RuleContext) {}

  visitors(): RuleVisitors {
    return {
      CallExpression: (call, module) => {
        const name = calleeName(call);
        let what: "sampling" | "elicitation" | undefined;
        if (name === "createMessage") what = "sampling";
        else if (name === "elicitInput") what = "elicitation";
        else if (name === "request" || name === "sendRequest") {
          const method = stringLiteralValue(prop(call.arguments[0], "method"));
          what = method && SAMPLING_METHOD.test(method) ? "sampling" : method && ELICITATION_METHOD.test(method) ? "elicitation" : undefined;
        }
        if (what) this.calls.set(keyOf(module.path, call), { call, module, what });
      },
    };
  }

  /** The credential a protocol-labelled flow carries, if it is one. */
  credentialOf(flow: Flow): CredentialRef | undefined {
    const { label } = flow;
    if (isClientToken(flow)) return { name: CLIENT_TOKEN_NAME, kind: "env" };
    if (label.kind === REQUEST_CONTEXT_KIND || label.kind === HTTP_REQUEST_KIND) return undefined;
    if (label.kind !== SAMPLING_RESULT_KIND && label.kind !== ELICITATION_ANSWER_KIND) return undefined;
    const key = `${label.location.file}:${label.location.line}:${label.location.column}`;
    let answer = this.answers.get(key);
    if (answer === undefined) {
      const found = this.calls.get(key);
      answer = (found && (found.what === "sampling" ? this.sampling(found.call, found.module) : this.elicitation(found.call, found.module))) ?? null;
      this.answers.set(key, answer);
    }
    if (!answer) return undefined;
    // The form's other fields (a user name, a region) and the answer's `action` are not the secret.
    if (label.kind === ELICITATION_ANSWER_KIND && flow.field !== undefined && flow.field !== "content") return undefined;
    return answer;
  }

  /** The sampling result is a credential when its prompt asks for secrets or the conversation so far. */
  private sampling(call: Call, module: ParsedModule): CredentialRef | undefined {
    const arg = call.arguments[0];
    if (!arg || arg.type === "SpreadElement") return undefined;
    let conversation = false;
    for (const text of this.textsIn(arg, module)) {
      for (const sentence of text.split(/(?<=[.!?\n])/)) {
        if (DECLINES.test(sentence)) continue;
        if (ASKS_FOR_SECRETS.test(sentence)) return { name: SAMPLED_SECRETS, kind: "process-output" };
        if (ASKS_FOR_CONVERSATION.some((re) => re.test(sentence))) conversation = true;
      }
    }
    return conversation ? { name: SAMPLED_CONVERSATION, kind: "process-output" } : undefined;
  }

  /**
   * A recap of the conversation mailed or posted where the model was asked to
   * send it (the user named the recipient) is the tool's purpose; sent to a
   * hardcoded host it is exfiltration. Secrets asked for are never the purpose.
   * Applies to every credential whose destination could not be resolved.
   */
  static judgesUnknownDestination(credential: CredentialRef, destination: Destination | undefined): boolean {
    // An address the user typed into an elicitation form (a self-hosted instance's URL) is the user's configuration.
    if (destination?.tainted.some((l) => l.kind === ELICITATION_ANSWER_KIND)) return false;
    return credential.name !== SAMPLED_CONVERSATION;
  }

  /** The answer is a credential when a field of the requested schema asks for one. */
  private elicitation(call: Call, module: ParsedModule): CredentialRef | undefined {
    const arg = call.arguments[0];
    if (!arg || arg.type === "SpreadElement") return undefined;
    const params = calleeName(call) === "elicitInput" ? arg : prop(arg, "params");
    const schema = this.objectOf(prop(params, "requestedSchema"), module);
    const properties = this.objectOf(prop(schema, "properties"), module);
    if (properties?.type !== "ObjectExpression") return undefined;
    const secret: string[] = [];
    for (const p of properties.properties) {
      if (p.type !== "Property") continue;
      const name = propertyName(p);
      if (!name) continue;
      const field = this.objectOf(p.value as TSESTree.Node, module);
      const format = stringLiteralValue(prop(field, "format"));
      const words = ["title", "description"].map((k) => stringLiteralValue(prop(field, k)) ?? "").join(" ");
      if (isSecretName(name) || (format && SECRET_FIELD_FORMATS.test(format)) || SECRET_FIELD_WORDS.test(words)) secret.push(name);
    }
    return secret.length ? { name: `${secret.join(", ")} (elicited)`, kind: "env" } : undefined;
  }

  /** An object literal, directly or through a `const` in the same module. */
  private objectOf(node: TSESTree.Node | undefined, module: ParsedModule): TSESTree.Node | undefined {
    const n = node && unwrapExpression(node);
    if (n?.type !== "Identifier") return n;
    let found: TSESTree.Node | undefined;
    walk(module.ast, {
      enter(x) {
        if (!found && x.type === "VariableDeclarator" && x.id.type === "Identifier" && x.id.name === n.name && x.init) found = unwrapExpression(x.init);
      },
    });
    return found;
  }

  /** The string pieces an argument is built from: literals, template text, constants of identifiers. */
  private textsIn(arg: TSESTree.Node, module: ParsedModule): string[] {
    const out: string[] = [];
    walk(arg, {
      enter: (x, parent) => {
        if (x.type === "Literal" && typeof x.value === "string") out.push(x.value);
        else if (x.type === "TemplateElement") out.push(x.value.cooked ?? "");
        else if (x.type === "Identifier") {
          const isKey = (parent?.type === "Property" && parent.key === x && !parent.computed) || (parent?.type === "MemberExpression" && parent.property === x && !parent.computed);
          if (!isKey) out.push(...this.ctx.taint.constantsOf(x, module));
        }
      },
    });
    return out;
  }
}
