// What an HTTP client's error carries, as data the error-detail-echo rule
// reads. The threat: the API answers 401, the handler serializes the caught
// error into its result or its log, and the error carries the request that
// failed, Authorization header included. What each library puts where:
//
// - axios (AxiosError): own enumerable `config` (url, params, headers with the
//   instance's defaults merged in), `request` (the ClientRequest, whose
//   `_header` is the raw request head), `response` (with `config` and
//   `request` again); `toJSON()` returns message, name, code, status and the
//   config, so `JSON.stringify(err)` includes the headers, and so do
//   `util.inspect(err)` and `console.error(err)`. `.message` is only
//   "Request failed with status code N" (or the socket error's message).
// - got (RequestError/HTTPError): `options` (headers, searchParams),
//   `request`, `response` (with `request`); `.message` is
//   "Response code 401 (Unauthorized)" or the socket error's message.
// - ky (HTTPError): `request` (a Request with its headers), `options`,
//   `response`; `.message` is "Request failed with status code 401 Unauthorized: GET <url>".
// - superagent: `response` (whose `req`/`request` hold the request headers);
//   `.message` is the status text.
// - node-fetch (FetchError): `.message` is "request to <url> failed, reason:
//   ...", so the URL (query string included) is in the message.
// - global fetch / undici: `TypeError: fetch failed` with a `cause` (socket
//   error: code, syscall, address); no headers. HTTP error statuses do not
//   throw at all. A whole fetch error is an error "from elsewhere".
// - http/https: errors arrive on `req.on("error")` with code/syscall/address
//   only; nothing of the request's headers.
import type { LibraryModel, SinkRow, SourceRow } from "../../analyzer/taint/spec.js";

/** Label kind of an error thrown by an HTTP client call (needs the `Thrown` access-path token). */
export const HTTP_ERROR_KIND = "http-error";
/** Sink kind: where a credential configures an HTTP client (its headers, auth, default params). */
export const HTTP_CLIENT_CREDENTIAL_KIND = "http-client-credential";

export interface HttpErrorShape {
  /** npm package (or `global` for fetch). */
  library: string;
  /** What `.message` says: people read this to judge `return err.message`. */
  message: string;
  /** True when `.message` contains the request URL (query string included). */
  messageCarriesUrl: boolean;
  /** Property paths of the error whose value carries the request's headers. Empty: the error carries no credential. */
  carriesRequest: string[][];
  /**
   * Parts inside a request-carrying part that hold no header: the URL as the
   * code wrote it, the method, the timeout (`err.config.url` of an AxiosError).
   * A key the code put into the URL itself is secret-in-url's finding.
   */
  headerless?: string[][];
  /** What to tell the author to return instead. */
  fix: string;
  /**
   * How code asks whether a caught value is this library's error: functions
   * (`axios.isAxiosError(e)`) and classes (`e instanceof AxiosError`). After
   * `if (guard(e)) { ...; throw other }`, what the catch block still throws
   * is not this library's error.
   */
  guards?: { functions: string[]; classes: string[] };
  /**
   * Own enumerable fields of the error that hold a cycle: JSON.stringify of
   * a copy of its fields throws (the error's own `toJSON` leaves them out).
   */
  circularFields?: string[];
}

export const HTTP_ERROR_SHAPES: readonly HttpErrorShape[] = [
  {
    library: "axios",
    message: 'Request failed with status code N (or the network error\'s message); never headers',
    messageCarriesUrl: false,
    carriesRequest: [["config"], ["request"], ["response", "config"], ["response", "request"], ["toJSON"]],
    headerless: ["config", "response.config"].flatMap((at) => ["url", "baseURL", "method", "timeout", "responseType"].map((f) => [...at.split("."), f])),
    fix: "return err.message and err.response?.status, not the whole AxiosError: it carries config.headers with the token",
    guards: { functions: ["isAxiosError"], classes: ["AxiosError"] },
    // `request` is the ClientRequest, whose socket points back to it (set once the request was sent: a 4xx, 5xx or refused connection).
    circularFields: ["request"],
  },
  {
    library: "got",
    message: "Response code N (Status text), or the network error's message",
    messageCarriesUrl: false,
    carriesRequest: [["options"], ["request"], ["response", "request"], ["timings"]],
    headerless: [["options", "url"], ["options", "method"], ["options", "timeout"], ["request", "requestUrl"]],
    fix: "return err.message and err.response?.statusCode, not the whole got error: its options carry the request headers",
    guards: { functions: [], classes: ["RequestError", "HTTPError"] },
  },
  {
    library: "ky",
    message: "Request failed with status code N Status: METHOD url",
    messageCarriesUrl: true,
    carriesRequest: [["request"], ["options"]],
    headerless: [["request", "url"], ["request", "method"], ["options", "method"], ["options", "timeout"]],
    fix: "return err.response.status and a message you write, not the whole HTTPError: its request and options carry the headers",
    guards: { functions: [], classes: ["HTTPError"] },
  },
  {
    library: "superagent",
    message: "the status text, e.g. Unauthorized",
    messageCarriesUrl: false,
    carriesRequest: [["response", "req"], ["response", "request"]],
    fix: "return err.status and err.message, not the whole superagent error: its response carries the request",
  },
  {
    library: "node-fetch",
    message: "request to <url> failed, reason: <socket error>",
    messageCarriesUrl: true,
    carriesRequest: [],
    fix: "keep credentials out of the URL: node-fetch puts the whole URL into err.message",
  },
  {
    library: "global",
    message: "fetch failed (the socket error is in cause)",
    messageCarriesUrl: false,
    carriesRequest: [],
    fix: "return err.message, not the whole error or its stack",
  },
  {
    library: "undici",
    message: "fetch failed / the socket error's message",
    messageCarriesUrl: false,
    carriesRequest: [],
    fix: "return err.message, not the whole error or its stack",
  },
];

export function httpErrorShape(library: string): HttpErrorShape | undefined {
  return HTTP_ERROR_SHAPES.find((s) => s.library === library);
}

/**
 * Members of a client that send no request, so throw none of its errors:
 * type tests, instance factories, interceptors, helpers.
 */
export const CLIENT_MEMBERS_WITHOUT_REQUEST: ReadonlySet<string> = new Set([
  "isAxiosError", "isCancel", "create", "extend", "use", "eject", "getUri", "mergeConfig", "toFormData", "formToJSON", "spread", "CancelToken",
]);

/**
 * Properties of any error that are fine to show: they never carry the request.
 * (`response.data`/`body` is the API's answer: what the user asked for.)
 */
export const CLEAN_ERROR_READS: readonly string[][] = [
  ["message"],
  ["name"],
  ["code"],
  ["errno"],
  ["syscall"],
  ["status"],
  ["statusCode"],
  ["statusText"],
  ["isAxiosError"],
  ["response", "status"],
  ["response", "statusCode"],
  ["response", "statusText"],
  ["response", "statusMessage"],
  ["response", "data"],
  ["response", "body"],
  ["response", "headers"],
  ["response", "text"],
  ["response", "json"],
  ["toString"],
];

/** How a read of a caught error relates to what the error carries. */
export type ErrorReadClass = "clean" | "stack" | "request" | "whole" | "other";

function startsWith(a: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= a.length && prefix.every((t, i) => a[i] === t);
}

/**
 * Classifies reading `access` (property names, outermost first) from a caught
 * error of `shape` (undefined: an error from anywhere). `[]` is the error itself.
 * A read is `request` when it is, contains, or is inside a part that carries the
 * request (`err.response` contains `err.response.config`; `err.config.headers`
 * is inside `err.config`).
 */
export function classifyErrorRead(access: readonly string[], shape?: HttpErrorShape): ErrorReadClass {
  if (access.length === 0) return "whole";
  if (access[0] === "stack") return "stack";
  if (access[0] === "cause") return access.length === 1 ? "whole" : "other";
  const carries = shape?.carriesRequest ?? GENERIC_CARRIES_REQUEST;
  if ((shape?.headerless ?? GENERIC_HEADERLESS).some((p) => startsWith(access, p))) return "clean";
  if (carries.some((p) => startsWith(access, p) || startsWith(p, access))) return "request";
  if (CLEAN_ERROR_READS.some((p) => startsWith(access, p))) return "clean";
  return "other";
}

/** Parts that hold no header in any library's error: what is clean when the error's origin is not known. */
const GENERIC_HEADERLESS: string[][] = HTTP_ERROR_SHAPES.flatMap((s) => s.headerless ?? []);

/** Any library's request-carrying parts: what to flag when the error's origin is not known. */
const GENERIC_CARRIES_REQUEST: string[][] = [...new Set(HTTP_ERROR_SHAPES.flatMap((s) => s.carriesRequest.map((p) => p.join("."))))].map((p) => p.split("."));

// ---------------------------------------------------------------- rows

const AXIOS_METHODS = "request,get,delete,head,options,post,put,patch,postForm,putForm,patchForm";
const AXIOS_CLIENTS = ["", "Member[default]", "Member[create].ReturnValue", "Member[Axios].Instance"];
const GOT_METHODS = "get,post,put,patch,delete,head,paginate";
const GOT_CLIENTS = ["", "Member[default]", "Member[extend].ReturnValue"];
const KY_CLIENTS = ["", "Member[default]", "Member[create,extend].ReturnValue"];

function joinPath(...parts: string[]): string {
  return parts.filter(Boolean).join(".");
}

function thrownRows(library: string, clients: string[], methods: string | undefined, note: string, callable = true): SourceRow[] {
  const out: SourceRow[] = [];
  for (const client of clients) {
    if (callable) out.push({ package: library, path: joinPath(client, "Thrown"), kind: HTTP_ERROR_KIND, name: library, note });
    if (methods) out.push({ package: library, path: joinPath(client, `Member[${methods}]`, "Thrown"), kind: HTTP_ERROR_KIND, name: library, note });
  }
  return out;
}

/** Where a credential configures each client: per request and as instance defaults. */
function credentialConfigRows(): SinkRow[] {
  const row = (pkg: string, path: string, note: string): SinkRow => ({ package: pkg, path, kind: HTTP_CLIENT_CREDENTIAL_KIND, note });
  const CONFIG_FIELDS = "Member[headers,auth,params]";
  const out: SinkRow[] = [];
  for (const client of AXIOS_CLIENTS) {
    out.push(row("axios", joinPath(client, `Argument[0].${CONFIG_FIELDS}`), "axios(config) / instance(config)"));
    out.push(row("axios", joinPath(client, `Member[request].Argument[0].${CONFIG_FIELDS}`), "axios.request(config)"));
    out.push(row("axios", joinPath(client, `Member[get,delete,head,options].Argument[1].${CONFIG_FIELDS}`), "axios.get(url, config)"));
    out.push(row("axios", joinPath(client, `Member[post,put,patch,postForm,putForm,patchForm].Argument[2].${CONFIG_FIELDS}`), "axios.post(url, data, config)"));
  }
  out.push(row("axios", `Member[create].Argument[0].${CONFIG_FIELDS}`, "axios.create default headers: every request (and error) of the instance carries them"));
  for (const client of GOT_CLIENTS) {
    out.push(row("got", joinPath(client, "Argument[1].Member[headers,username,password,searchParams]"), "got(url, options)"));
    out.push(row("got", joinPath(client, `Member[${GOT_METHODS}].Argument[1].Member[headers,username,password,searchParams]`), "got.get(url, options)"));
  }
  out.push(row("got", "Member[extend].Argument[0].Member[headers,username,password,searchParams]", "got.extend defaults"));
  for (const client of KY_CLIENTS) {
    out.push(row("ky", joinPath(client, "Argument[1].Member[headers,searchParams]"), "ky(url, options)"));
    out.push(row("ky", joinPath(client, "Member[get,post,put,patch,delete,head].Argument[1].Member[headers,searchParams]"), "ky.get(url, options)"));
  }
  out.push(row("ky", "Member[create,extend].Argument[0].Member[headers,searchParams]", "ky.create defaults"));
  out.push(row("superagent", "Member[get,post,put,patch,delete,head].ReturnValue.Member[set,auth,query].Argument[0..]", "superagent .set('Authorization', ...)"));
  return out;
}

export const ERRORS_MODEL: LibraryModel = {
  sources: [
    ...thrownRows("axios", AXIOS_CLIENTS, AXIOS_METHODS, "an AxiosError carries config.headers, request and response"),
    ...thrownRows("got", GOT_CLIENTS, GOT_METHODS, "a got RequestError carries options (headers) and request"),
    ...thrownRows("got", GOT_CLIENTS.map((c) => joinPath(c, "ReturnValue")), "json,text,buffer", "got(url).json() rejects with the same error", false),
    ...thrownRows("ky", KY_CLIENTS, "get,post,put,patch,delete,head", "a ky HTTPError carries request (with headers) and options"),
    ...thrownRows("ky", KY_CLIENTS.map((c) => joinPath(c, "ReturnValue")), "json,text,blob,arrayBuffer", "ky(url).json() rejects with the same error", false),
    ...thrownRows("superagent", [""], "get,post,put,patch,delete,head", "a superagent error carries response.req", false),
    ...thrownRows("node-fetch", ["", "Member[default]"], undefined, "a FetchError's message contains the URL"),
    { package: "global", path: "Member[fetch].Thrown", kind: HTTP_ERROR_KIND, name: "global", note: "TypeError: fetch failed, socket error in cause; no headers" },
    ...thrownRows("undici", [""], "fetch,request", "undici errors carry code and socket details, no headers", false),
  ],
  sinks: credentialConfigRows(),
};
