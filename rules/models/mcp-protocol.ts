// The parts of MCP that are not tool results: what a server asks of the
// client (sampling, elicitation) and the text it hands the client for the
// model (instructions, descriptions). Rows for the SDK's server classes; the
// rules read the kinds below.
//
// - MODEL_PROVIDER_SINK_KIND  text that reaches the user's model provider (secret-in-tool-output)
// - SAMPLING_RESULT_KIND      what `createMessage` returns: text a model wrote (untrusted, like a tool argument)
// - ELICITATION_ANSWER_KIND   what the user typed into an elicitation form (a credential when the form asks for one)
// - REQUEST_CONTEXT_KIND      the `extra` a handler gets: `authInfo.token` is the client's bearer token
import type { LibraryModel, SinkRow, SourceRow } from "../../analyzer/taint/spec.js";

export const MODEL_PROVIDER_SINK_KIND = "model-provider";
export const SAMPLING_RESULT_KIND = "sampling-result";
export const ELICITATION_ANSWER_KIND = "elicitation-answer";
export const REQUEST_CONTEXT_KIND = "mcp-request-context";

const SDK = "@modelcontextprotocol/sdk";
/** The low-level server: `new Server(...)`, and `mcpServer.server` behind the high-level one. */
const LOW_LEVEL_SERVERS = ["Member[Server].Instance", "Member[McpServer].Instance.Member[server]"];
const HIGH_LEVEL_SERVER = "Member[McpServer].Instance";
const FASTMCP_SERVER = "Member[FastMCP].Instance";
/**
 * The `extra` a handler gets (the SDK's `RequestHandlerExtra`, a type it does not
 * export as a value): the engine gives the handler's parameter this API key, so
 * `extra.sendRequest({ method: "sampling/createMessage" })` is a raw request to the client.
 */
const REQUEST_CONTEXT = "Member[RequestHandlerExtra].Instance";
export const REQUEST_CONTEXT_API = `${SDK} ${REQUEST_CONTEXT}`;
/** Whatever sends a raw JSON-RPC request to the client: `server.request(...)`, `extra.sendRequest(...)`. */
const RAW_REQUESTS = [...LOW_LEVEL_SERVERS.map((s) => `${s}.Member[request]`), `${REQUEST_CONTEXT}.Member[sendRequest]`];

/** The JSON-RPC methods a raw `server.request({ method })` asks the client for. */
export const SAMPLING_METHOD = /^sampling\/createMessage$/;
export const ELICITATION_METHOD = /^elicitation\/create$/;

function sink(pkg: string, path: string, note: string): SinkRow {
  return { package: pkg, path, kind: MODEL_PROVIDER_SINK_KIND, note };
}

const samplingSinks: SinkRow[] = [
  ...LOW_LEVEL_SERVERS.map((server) => sink(SDK, `${server}.Member[createMessage].Argument[0]`, "sampling: the messages and system prompt go to the client's model")),
  ...RAW_REQUESTS.map((request) => sink(SDK, `${request}.Argument[0]`, "a raw server-to-client request (sampling/createMessage): the client hands it to its model")),
];

const textSinks: SinkRow[] = [
  sink(SDK, "Member[McpServer].Argument[1].Member[instructions]", "server instructions go into the model's system prompt"),
  sink(SDK, "Member[Server].Argument[1].Member[instructions]", "server instructions go into the model's system prompt"),
  sink(SDK, `${HIGH_LEVEL_SERVER}.Member[tool,prompt].Argument[1]`, "`tool(name, description, …)`: the description is sent to the model"),
  sink(SDK, `${HIGH_LEVEL_SERVER}.Member[registerTool,registerPrompt].Argument[1].Member[description,title]`, "`registerTool(name, { description })`: sent to the model"),
  sink(SDK, `${HIGH_LEVEL_SERVER}.Member[registerResource].Argument[2].Member[description,title]`, "`registerResource(name, uri, { description })`: sent to the model"),
  sink("fastmcp", "Member[FastMCP].Argument[0].Member[instructions]", "fastmcp server instructions"),
  sink("fastmcp", `${FASTMCP_SERVER}.Member[addTool,addPrompt,addResource,addResourceTemplate].Argument[0].Member[description]`, "fastmcp tool, prompt and resource descriptions"),
  // A parameter's description: `z.string().describe(…)`, `z.string().optional().describe(…)` (named or default import).
  ...["Member[z].", ""].flatMap((z) => [
    sink("zod", `${z}AnyMember.ReturnValue.Member[describe].Argument[0]`, "a zod parameter description is sent to the model with the tool"),
    sink("zod", `${z}AnyMember.ReturnValue.AnyMember.ReturnValue.Member[describe].Argument[0]`, "a zod parameter description after one modifier"),
  ]),
];

const sources: SourceRow[] = [
  ...LOW_LEVEL_SERVERS.flatMap((server): SourceRow[] => [
    { package: SDK, path: `${server}.Member[createMessage].ReturnValue`, kind: SAMPLING_RESULT_KIND, name: "sampling result", note: "text the client's model wrote" },
    { package: SDK, path: `${server}.Member[elicitInput].ReturnValue`, kind: ELICITATION_ANSWER_KIND, name: "elicitation answer", note: "what the user typed into the form" },
  ]),
  ...RAW_REQUESTS.flatMap((request): SourceRow[] => [
    { package: SDK, path: `${request}.ReturnValue`, kind: SAMPLING_RESULT_KIND, name: "sampling result", requiresMatch: { at: "Argument[0].Member[method]", pattern: SAMPLING_METHOD }, note: "raw sampling/createMessage" },
    { package: SDK, path: `${request}.ReturnValue`, kind: ELICITATION_ANSWER_KIND, name: "elicitation answer", requiresMatch: { at: "Argument[0].Member[method]", pattern: ELICITATION_METHOD }, note: "raw elicitation/create" },
  ]),
];

export const mcpProtocolModel: LibraryModel = {
  sources,
  sinks: [...samplingSinks, ...textSinks],
  steps: LOW_LEVEL_SERVERS.map((server) => ({
    package: SDK,
    path: `${server}.Member[createMessage]`,
    input: "Argument[0]",
    output: "ReturnValue",
    note: "the model can repeat what the prompt holds",
  })),
};

/** What a model-provider sink is, in words, for messages: "the server's instructions". */
export function providerFieldOf(callee: string, argument: string): string {
  if (/instructions\]$/.test(argument)) return "the server's instructions";
  if (/createMessage|\brequest$|sendRequest$/.test(callee)) return "a sampling request";
  if (/describe$/.test(callee)) return "a parameter's description";
  if (/Prompt/i.test(callee)) return "a prompt's description";
  if (/Resource/i.test(callee)) return "a resource's description";
  return "a tool's description";
}

/**
 * A sampling prompt that asks the model for secrets or for the conversation so
 * far: what comes back is whatever the user pasted into the chat. A sentence
 * that says not to include them (`never include API keys`) does not ask.
 */
export const ASKS_FOR_SECRETS =
  /\b(?:list|repeat|extract|find|collect|include|output|return|print|recall|give|provide|copy|quote)\b[^.!?\n]{0,80}\b(?:api[\s_-]?keys?|passwords?|passphrases?|access[\s_-]?tokens?|tokens?|secrets?|credentials?|private[\s_-]?keys?|seed[\s_-]?phrases?)\b/i;
export const ASKS_FOR_CONVERSATION: readonly RegExp[] = [
  /\b(?:earlier|previous|prior|entire|full|whole|all)\b[^.!?\n]{0,40}\b(?:conversation|messages|chat|transcript|context window|history)\b/i,
  /\b(?:conversation|chat)[\s_-]history\b/i,
];
export const DECLINES = /\b(?:do not|don't|never|without|omit|exclude|remove|redact|no)\b/i;

/** An elicitation field that asks for a credential: by its name, its format, or the words shown to the user. */
export const SECRET_FIELD_WORDS = /\b(?:password|passphrase|api[\s_-]?key|access[\s_-]?token|token|secret|private[\s_-]?key|credentials?)\b/i;
export const SECRET_FIELD_FORMATS = /^(?:password)$/i;

/** What the client's bearer token is called in findings and the credential map. */
export const CLIENT_TOKEN_NAME = "The client's bearer token";
/** The `extra` field that holds it, and the field of that which is the token itself. */
export const CLIENT_TOKEN_FIELD = "authInfo";
export const CLIENT_TOKEN_SUBFIELDS = /^token$/;
/** An incoming HTTP request (rules/models/http-server.ts) and its headers: a credential header read by name is the client's token too. */
export const HTTP_REQUEST_KIND = "http-request";
export const REQUEST_HEADERS_FIELD = "headers";
