// What comes back from the network: response bodies of HTTP clients, as
// sources of kind `network-response` (download-and-execute follows them into
// eval/require/process sinks, and into file contents that are then run). The
// request side (where data is sent) lives in the network sink model, and where
// bytes land in a file is file-writes.ts (kind `file-write`).
import type { LibraryModel, SourceRow } from "../../analyzer/taint/spec.js";

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

export const networkResponsesModel: LibraryModel = {
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
