// What comes back from the network: response bodies of HTTP clients, as
// sources of kind `network-response` (download-and-execute follows them into
// eval/require/process sinks, and into file contents that are then run). The
// request side (where data is sent) lives in the network sink model, and where
// bytes land in a file is file-writes.ts (kind `file-write`).
import type { LibraryModel, RemoteClientRow, ResponseRow, SourceRow } from "../../analyzer/taint/spec.js";

const KIND = "network-response";

/** A response object and the body readers on it (`await res.text()`), for clients that return a fetch Response. */
function fetchLike(pkg: string, callee: string, note: string): SourceRow[] {
  const p = callee ? `${callee}.` : "";
  return [
    { package: pkg, path: `${p}ReturnValue`, kind: KIND, name: "response", note: `${note}: the Response` },
    { package: pkg, path: `${p}ReturnValue.Member[text,json,arrayBuffer,blob,bytes,formData].ReturnValue`, kind: KIND, name: "response body", note: `${note}: the body` },
    { package: pkg, path: `${p}ReturnValue.Member[body]`, kind: KIND, name: "response body", note: `${note}: the body stream` },
    { package: pkg, path: `${p}ReturnValue.Member[headers].Member[get].ReturnValue`, kind: KIND, name: "response header", note: `${note}: a header the server sent (a redirect's Location)` },
    { package: pkg, path: `${p}ReturnValue.Member[url]`, kind: KIND, name: "response URL", note: `${note}: the URL after redirects, which the servers on the way chose` },
  ];
}

const AXIOS_METHODS = "Member[get,post,put,patch,delete,head,options,request,getUri]";

const nodeHttp = (pkg: string): SourceRow[] => [
  // http.get(url, res => ...), http.get(url, options, res => ...); the response is a stream of the body.
  { package: pkg, path: "Member[get,request].Argument[1].Parameter[0]", kind: KIND, name: "response", note: `${pkg}.get(url, callback): the response stream` },
  { package: pkg, path: "Member[get,request].Argument[2].Parameter[0]", kind: KIND, name: "response", note: `${pkg}.get(url, options, callback): the response stream` },
];

const VERBS = "get,post,put,patch,delete,head,options";

/**
 * Calls whose result (and callbacks' parameters) is what the server answered,
 * not the request: a key in a header or a prompt in the body went out, and the
 * answer does not hold it. `echoes` are the fields that hold the request as
 * sent (per the client's documentation): a Response's `url` is the URL asked
 * for (after redirects; `@0`: that argument only, not the headers), an axios response keeps its `config` (headers
 * included) and `request`, a got response its `request` (with its options),
 * `requestUrl` and `redirectUrls`, a node response its `req`.
 */
const response = (pkg: string, path: string, echoes: string[], note: string): ResponseRow => ({ package: pkg, path, echoes, note });
const FETCH_ECHOES = ["url@0"];
const AXIOS_ECHOES = ["config", "request"];
const AXIOS_CALLS = `Member[${VERBS},request,postForm,putForm,patchForm]`;

const responseRows: ResponseRow[] = [
  response("global", "Member[fetch]", FETCH_ECHOES, "fetch(url, init) resolves to the server's Response"),
  ...["node-fetch", "cross-fetch", "isomorphic-fetch", "make-fetch-happen"].map((pkg) => response(pkg, "", FETCH_ECHOES, `${pkg}(url, init): a fetch Response`)),
  response("node-fetch", "Member[default]", FETCH_ECHOES, "node-fetch default export"),
  response("undici", "Member[fetch]", FETCH_ECHOES, "undici.fetch: a fetch Response"),
  response("undici", "Member[request]", [], "undici.request(url, options): { statusCode, headers, body } of the answer"),
  response("undici", "Member[Pool,Client].Instance.Member[request]", [], "undici Pool/Client request: the answer"),
  ...["", "Member[default]", "Member[create].ReturnValue"].flatMap((base) => {
    const p = base ? `${base}.` : "";
    return [
      response("axios", base, AXIOS_ECHOES, `axios${base ? ` (${base})` : ""}(config): the response; its config holds the request's headers`),
      response("axios", `${p}${AXIOS_CALLS}`, AXIOS_ECHOES, "axios.get/post/request(...): the response; its config holds the request's headers"),
    ];
  }),
  response("axios", `Member[default].Member[create].ReturnValue.${AXIOS_CALLS}`, AXIOS_ECHOES, "an axios instance's request (default import)"),
  ...["", `Member[${VERBS}]`].map((path) => response("got", path, ["request", "requestUrl@0", "redirectUrls@0", "url@0"], "got(url, options): the response; its request keeps the options")),
  ...["", `Member[${VERBS}]`].map((path) => response("ky", path, FETCH_ECHOES, "ky(url, options): a fetch Response")),
  response("needle", `Member[${VERBS},request]`, ["req"], "needle.get(url, options, (err, res, body))"),
  ...["", `Member[${VERBS},del]`].map((path) => response("request", path, ["request", "req"], "request(url, (err, res, body)): the answer")),
  ...["http", "https"].map((pkg) => response(pkg, "Member[get,request]", ["req"], `${pkg}.get/request(url, options, res => ...): the response stream; its req is the request`)),
];

/**
 * SDKs and database drivers take their credentials as named options
 * (`new X({ apiKey })`, `createClient({ auth })`, `createPool({ password })`,
 * `new Pool({ connectionString })`): an object built so is a client of the
 * service, and what its methods return is the service's answer.
 */
const remoteClients: RemoteClientRow[] = [
  {
    options: [
      "apiKey", "api_key", "apiToken", "api_token", "accessToken", "access_token", "authToken", "auth_token", "bearerToken",
      "token", "auth", "credentials", "clientSecret", "client_secret", "password", "connectionString", "serviceAccountKey",
    ],
    // Not `secretKey`/`privateKey`: key material configures local signers and ciphers as often as clients, and what
    // `new Cipher({ secretKey }).encrypt(text)` returns is made from its argument, not a service's answer.
    // createClient, createPool, createConnection, connect, initSdk: not a schema or a settings parser.
    factories: /^(create|connect|init|new)|client|pool|connection|sdk/i,
    note: "a constructor or factory given one of these options, with a value from outside, builds a client of a remote service",
  },
];

export const networkResponsesModel: LibraryModel = {
  responses: responseRows,
  remoteClients,
  sources: [
    ...fetchLike("global", "Member[fetch]", "fetch"),
    ...fetchLike("node-fetch", "", "node-fetch"),
    ...fetchLike("node-fetch", "Member[default]", "node-fetch default export"),
    ...fetchLike("cross-fetch", "", "cross-fetch"),
    ...fetchLike("undici", "Member[fetch]", "undici.fetch"),
    { package: "undici", path: "Member[request].ReturnValue.Member[body]", kind: KIND, name: "response body", note: "undici.request(): body" },
    ...nodeHttp("http"),
    ...nodeHttp("https"),
    { package: "axios", path: "ReturnValue.Member[data]", kind: KIND, name: "response data", note: "axios(config).data" },
    { package: "axios", path: `${AXIOS_METHODS}.ReturnValue.Member[data]`, kind: KIND, name: "response data", note: "axios.get(url).data" },
    { package: "axios", path: `Member[create].ReturnValue.${AXIOS_METHODS}.ReturnValue.Member[data]`, kind: KIND, name: "response data", note: "an axios instance's response data" },
    { package: "got", path: "ReturnValue", kind: KIND, name: "response", note: "got(url) resolves to the response" },
    { package: "got", path: "Member[get,post].ReturnValue", kind: KIND, name: "response", note: "got.get(url)" },
    { package: "got", path: "ReturnValue.Member[text,json,buffer].ReturnValue", kind: KIND, name: "response body", note: "got(url).text()" },
    { package: "got", path: "Member[stream].ReturnValue", kind: KIND, name: "response", note: "got.stream(url)" },
    { package: "superagent", path: "Member[get,post].ReturnValue.Member[text,body]", kind: KIND, name: "response body", note: "superagent response" },
    { package: "needle", path: "Member[get,request].Argument[1..].Parameter[1]", kind: KIND, name: "response body", note: "needle.get(url, (err, res, body))" },
    { package: "request", path: "Argument[1].Parameter[2]", kind: KIND, name: "response body", note: "request(url, (err, res, body))" },
    { package: "request", path: "Member[get].Argument[1].Parameter[2]", kind: KIND, name: "response body", note: "request.get(url, (err, res, body))" },
  ],
};
