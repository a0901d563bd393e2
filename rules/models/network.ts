// Where data leaves the machine. Kinds:
// - `network-request`: HTTP(S), WebSocket, raw sockets; `destination` is the URL or host.
// - `dns`: a DNS query; the data is in the name itself, so the name is both sink and destination.
// - `email`: a mail message; `destination` is the primary recipient.
// - `email-hidden-recipient`: the same message, with `destination` at its cc/bcc (covert-recipient).
// Child processes running curl/wget/nc are the injection model's `command-injection`
// and `command-argument` sinks (process.ts); rules read those hits and look at the program.
import type { LibraryModel, SinkRow } from "../../analyzer/taint/spec.js";

export const NETWORK_REQUEST_KIND = "network-request";
export const DNS_KIND = "dns";
export const EMAIL_KIND = "email";
export const EMAIL_HIDDEN_RECIPIENT_KIND = "email-hidden-recipient";
/**
 * Where a request carries its credentials: its headers and its auth options
 * (not its URL, query or body). A credential there authenticates the request
 * to the host it goes to; one in a body or a query is data handed to that
 * host. The credential rules read these hits beside the request's own.
 */
export const REQUEST_AUTHENTICATION_KIND = "request-authentication";

const HTTP_VERBS = "get,post,put,patch,delete,head,options";
const BODY_VERBS = "post,put,patch";

function request(pkg: string, path: string, destination: string | undefined, note: string): SinkRow {
  return { package: pkg, path, kind: NETWORK_REQUEST_KIND, ...(destination ? { destination } : {}), note };
}

/**
 * HTTP client factories: `axios.create(config)` sends nothing itself; the
 * instance it returns sends the config's headers with every request, to the
 * request's URL resolved against `config[baseUrl]`. The credential rules read
 * this to find where a credential in the config goes (rules/util/client-instances.ts).
 */
export interface ClientFactory {
  package: string;
  /** The factory method on the package's export. */
  factory: string;
  /** The config option that holds the instance's base URL. */
  baseUrl: string;
}

export const CLIENT_FACTORIES: readonly ClientFactory[] = [
  { package: "axios", factory: "create", baseUrl: "baseURL" },
  { package: "got", factory: "extend", baseUrl: "prefixUrl" },
  { package: "ky", factory: "create", baseUrl: "prefixUrl" },
  { package: "ky", factory: "extend", baseUrl: "prefixUrl" },
];

/** The factory call's config as a sink whose destination is its base URL: default headers go with every request. */
function factoryRows(pkg: string): SinkRow[] {
  return CLIENT_FACTORIES.filter((f) => f.package === pkg).map((f) =>
    request(pkg, `Member[${f.factory}].Argument[0]`, `Argument[0].Member[${f.baseUrl}]`, `${pkg}.${f.factory}({ ${f.baseUrl}, headers }): default headers go with every request`),
  );
}

/** `callee + "." + selector`, where an empty callee is a call of the package's export itself. */
function at(callee: string, selector: string): string {
  return callee ? `${callee}.${selector}` : selector;
}

/**
 * The URL of a call that takes a URL string or an options object holding it:
 * the object's `url` when the argument is no string, the argument itself when
 * it is (a field of a string is nothing, see library-calls.ts firstDestination).
 */
const URL_OR_CONFIG_URL = "Argument[0].Member[url] | Argument[0]";

/** fetch-shaped: `(url, init)` where init carries headers and body. */
function fetchLike(pkg: string, callee: string, note: string): SinkRow[] {
  // `fetch(new Request(url, { headers, body }))`: the request object's url.
  return [request(pkg, at(callee, "Argument[0..]"), URL_OR_CONFIG_URL, note)];
}

/** axios-shaped instance: verbs, `request(config)`, and the call itself. */
function axiosLike(pkg: string, base: string, note: string): SinkRow[] {
  return [
    request(pkg, at(base, "Argument[0]"), "Argument[0].Member[url]", `${note}(config)`),
    // `axios(config)` matches this row too: a config object's `url`, not its `data` or headers, says where it goes.
    request(pkg, at(base, "Argument[0..]"), URL_OR_CONFIG_URL, `${note}(url, config) | ${note}(config)`),
    request(pkg, at(base, "Member[request].Argument[0]"), "Argument[0].Member[url]", `${note}.request(config)`),
    request(pkg, at(base, `Member[${HTTP_VERBS}].Argument[0..]`), "Argument[0]", `${note}.get/post/...(url, data, config)`),
    request(pkg, at(base, `Member[${BODY_VERBS}Form].Argument[0..]`), "Argument[0]", `${note}.postForm/putForm/patchForm`),
  ];
}

/** http/https-shaped: `request(url | options, [options], [callback])` and the request object's write/end. */
function nodeHttp(pkg: string): SinkRow[] {
  return [
    request(pkg, "Member[request,get].Argument[0..]", "Argument[0].Member[hostname,host] | Argument[0]", `${pkg}.request/get(url | options, options): an options object's host, not its path or headers, says where it goes`),
    request(pkg, "Member[request,get].Argument[0]", "Argument[0].Member[hostname,host]", `${pkg}.request/get(options)`),
    request(pkg, "Member[request,get].ReturnValue.Member[write,end].Argument[0]", undefined, `${pkg} ClientRequest write/end: the destination is the request's`),
  ];
}

export const networkModel: LibraryModel = {
  sinks: [
    ...fetchLike("global", "Member[fetch]", "global fetch"),
    ...fetchLike("undici", "Member[fetch]", "undici fetch"),
    request("undici", "Member[request].Argument[0..]", "Argument[0]", "undici.request(url, options)"),
    request("undici", "Member[Pool,Client].Instance.Member[request].Argument[0]", undefined, "undici Pool/Client request: origin is the constructor's"),
    ...fetchLike("node-fetch", "", "node-fetch"),
    ...fetchLike("node-fetch", "Member[default]", "node-fetch default export"),
    ...fetchLike("cross-fetch", "", "cross-fetch"),
    ...fetchLike("isomorphic-fetch", "", "isomorphic-fetch"),
    ...fetchLike("make-fetch-happen", "", "make-fetch-happen"),

    ...axiosLike("axios", "", "axios"),
    ...axiosLike("axios", "Member[default]", "axios default export"),
    ...factoryRows("axios"),
    ...axiosLike("axios", "Member[create].ReturnValue", "axios instance"),

    request("got", "Argument[0..]", URL_OR_CONFIG_URL, "got(url, options) | got(options)"),
    request("got", `Member[${HTTP_VERBS}].Argument[0..]`, "Argument[0]", "got.get/post/..."),
    ...factoryRows("got"),
    request("ky", "Argument[0..]", "Argument[0]", "ky(url, options)"),
    request("ky", `Member[${HTTP_VERBS}].Argument[0..]`, "Argument[0]", "ky.get/post/..."),
    ...factoryRows("ky"),
    request("superagent", `Member[${HTTP_VERBS},del].Argument[0]`, "Argument[0]", "superagent.get/post(url)"),
    request("superagent", `Member[${HTTP_VERBS},del].ReturnValue.Member[send,set,query,field,auth].Argument[0..]`, undefined, "superagent chained send/set/query"),
    request("request", "Argument[0..]", "Argument[0].Member[url,uri] | Argument[0]", "request(url, options) | request({ url })"),
    request("request", "Argument[0]", "Argument[0].Member[url,uri]", "request({ url })"),
    request("request", `Member[${HTTP_VERBS},del].Argument[0..]`, "Argument[0]", "request.get/post"),
    request("needle", `Member[${HTTP_VERBS}].Argument[0..]`, "Argument[0]", "needle.get/post(url, data, options)"),
    request("needle", "Argument[1..]", "Argument[1]", "needle(method, url, data)"),
    request("needle", "Member[request].Argument[1..]", "Argument[1]", "needle.request(method, url, data)"),
    request("phin", "Argument[0]", "Argument[0].Member[url]", "phin({ url, data })"),
    request("bent", "ReturnValue.Argument[0..]", undefined, "bent(base)(path, body)"),

    ...nodeHttp("http"),
    ...nodeHttp("https"),
    request("http2", "Member[connect].Argument[0]", "Argument[0]", "http2.connect(authority)"),
    request("http2", "Member[connect].ReturnValue.Member[request].Argument[0]", "Origin.Argument[0]", "http2 session request headers: the destination is the connect call's authority"),
    request("http2", "Member[connect].ReturnValue.Member[request].ReturnValue.Member[write,end].Argument[0]", undefined, "http2 stream write/end"),
    ...["net", "tls"].flatMap((pkg) => [
      request(pkg, "Member[connect,createConnection].ReturnValue.Member[write,end].Argument[0]", "Origin.Argument[0].Member[host,hostname] | Origin.Argument[1]", `${pkg} socket write: the destination is the connect call's, connect({ host }) or connect(port, host)`),
      request(pkg, "Member[Socket].Instance.Member[write,end].Argument[0]", undefined, `${pkg}.Socket write`),
    ]),
    request("dgram", "Member[createSocket].ReturnValue.Member[send].Argument[0]", "Argument[2]", "dgram socket.send(msg, port, address)"),
    request("ws", "Instance.Member[send].Argument[0]", "Origin.Argument[0]", "ws WebSocket send: the destination is the constructor's URL"),
    request("ws", "Member[WebSocket].Instance.Member[send].Argument[0]", "Origin.Argument[0]", "ws WebSocket send"),
    request("global", "Member[WebSocket].Instance.Member[send].Argument[0]", "Origin.Argument[0]", "global WebSocket send"),
    request("socket.io-client", "ReturnValue.Member[emit].Argument[1..]", undefined, "io(url).emit(event, data)"),
    request("socket.io-client", "Member[io,connect].ReturnValue.Member[emit].Argument[1..]", undefined, "io(url).emit(event, data)"),
    request("global", "Member[navigator].Member[sendBeacon].Argument[1]", "Argument[0]", "navigator.sendBeacon(url, data)"),
    request("global", "Member[XMLHttpRequest].Instance.Member[send].Argument[0]", undefined, "XMLHttpRequest send"),

    ...["dns", "dns/promises"].flatMap((pkg) => [
      dns(pkg, "Member[lookup,resolve,resolve4,resolve6,resolveAny,resolveCname,resolveMx,resolveNs,resolveTxt,resolveSrv,resolveCaa]"),
      dns(pkg, "Member[Resolver].Instance.Member[resolve,resolve4,resolve6,resolveAny,resolveCname,resolveMx,resolveNs,resolveTxt,resolveSrv]"),
    ]),
    dns("dns", "Member[promises].Member[lookup,resolve,resolve4,resolve6,resolveAny,resolveCname,resolveMx,resolveNs,resolveTxt,resolveSrv]"),

    // SMTP: the transport's options carry the password; the message goes to its recipients.
    request("nodemailer", "Member[createTransport].Argument[0]", "Argument[0].Member[host]", "nodemailer SMTP transport (auth travels to this host)"),
    ...mail("nodemailer", "Member[createTransport].ReturnValue.Member[sendMail].Argument[0]", ["to", "cc", "bcc"], "nodemailer sendMail"),
    ...mail("@sendgrid/mail", "Member[send,sendMultiple].Argument[0]", ["to", "cc", "bcc"], "SendGrid send"),
    ...mail("@sendgrid/mail", "Member[default].Member[send,sendMultiple].Argument[0]", ["to", "cc", "bcc"], "SendGrid send (default import)"),
    ...mail("resend", "Member[Resend].Instance.Member[emails].Member[send,create].Argument[0]", ["to", "cc", "bcc"], "Resend emails.send"),
    ...mail("resend", "Member[Resend].Instance.Member[batch].Member[send].Argument[0]", ["to", "cc", "bcc"], "Resend batch.send"),
    ...mail("postmark", "Member[ServerClient].Instance.Member[sendEmail,sendEmailWithTemplate].Argument[0]", ["To", "Cc", "Bcc"], "Postmark sendEmail"),
    ...mail("mailgun.js", "Instance.Member[client].ReturnValue.Member[messages].Member[create].Argument[1]", ["to", "cc", "bcc"], "Mailgun messages.create(domain, data)"),
    ...mail("mailgun.js", "Member[default].Instance.Member[client].ReturnValue.Member[messages].Member[create].Argument[1]", ["to", "cc", "bcc"], "Mailgun messages.create(domain, data)"),
    ...mail("@aws-sdk/client-ses", "Member[SendEmailCommand].Argument[0]", ["Destination"], "SES SendEmailCommand"),
  ],
};

function authentication(pkg: string, path: string, note: string): SinkRow {
  return { package: pkg, path, kind: REQUEST_AUTHENTICATION_KIND, note };
}

const AXIOS_AUTH = "Member[headers,auth]";

/** The headers and auth options of each client's request, as `request-authentication` rows. */
export const requestAuthenticationModel: LibraryModel = {
  sinks: [
    ...[["global", "Member[fetch]"], ["undici", "Member[fetch]"], ["node-fetch", ""], ["node-fetch", "Member[default]"], ["cross-fetch", ""], ["isomorphic-fetch", ""], ["make-fetch-happen", ""]].map(([pkg, callee]) =>
      authentication(pkg, at(callee, "Argument[1].Member[headers]"), `${pkg} fetch(url, { headers })`),
    ),
    authentication("undici", "Member[request].Argument[1].Member[headers]", "undici.request(url, { headers })"),
    ...["", "Member[default]", "Member[create].ReturnValue"].flatMap((base) => [
      authentication("axios", at(base, `Argument[0].${AXIOS_AUTH}`), "axios(config)"),
      authentication("axios", at(base, `Argument[1].${AXIOS_AUTH}`), "axios(url, config)"),
      authentication("axios", at(base, `Member[request].Argument[0].${AXIOS_AUTH}`), "axios.request(config)"),
      authentication("axios", at(base, `Member[get,delete,head,options].Argument[1].${AXIOS_AUTH}`), "axios.get(url, config)"),
      authentication("axios", at(base, `Member[post,put,patch,postForm,putForm,patchForm].Argument[2].${AXIOS_AUTH}`), "axios.post(url, data, config)"),
    ]),
    authentication("axios", `Member[create].Argument[0].${AXIOS_AUTH}`, "axios.create default headers and auth"),
    authentication("got", "Argument[1].Member[headers,username,password]", "got(url, options)"),
    authentication("got", `Member[${HTTP_VERBS}].Argument[1].Member[headers,username,password]`, "got.get(url, options)"),
    authentication("got", "Member[extend].Argument[0].Member[headers,username,password]", "got.extend defaults"),
    authentication("ky", "Argument[1].Member[headers]", "ky(url, options)"),
    authentication("ky", `Member[${HTTP_VERBS}].Argument[1].Member[headers]`, "ky.get(url, options)"),
    authentication("ky", "Member[create,extend].Argument[0].Member[headers]", "ky.create defaults"),
    authentication("superagent", `Member[${HTTP_VERBS},del].ReturnValue.Member[set,auth].Argument[0..]`, "superagent .set(header, value) / .auth(user, pass)"),
    ...["http", "https"].flatMap((pkg) => [
      authentication(pkg, "Member[request,get].Argument[0].Member[headers,auth]", `${pkg}.request(options)`),
      authentication(pkg, "Member[request,get].Argument[1].Member[headers,auth]", `${pkg}.request(url, options)`),
    ]),
  ],
};

function dns(pkg: string, callee: string): SinkRow {
  return { package: pkg, path: `${callee}.Argument[0]`, kind: DNS_KIND, destination: "Argument[0]", note: `${pkg} query: the name itself leaves the machine` };
}

/** A mail API: one `email` row for the message and its primary recipient, one hidden-recipient row per cc/bcc field. */
function mail(pkg: string, messagePath: string, fields: string[], note: string): SinkRow[] {
  const argument = messagePath.slice(messagePath.lastIndexOf("Argument["));
  const [to, ...hidden] = fields;
  return [
    { package: pkg, path: messagePath, kind: EMAIL_KIND, destination: `${argument}.Member[${to}]`, note },
    ...hidden.map((h): SinkRow => ({ package: pkg, path: messagePath, kind: EMAIL_HIDDEN_RECIPIENT_KIND, destination: `${argument}.Member[${h}]`, note: `${note}: ${h}` })),
  ];
}

/** Programs that send their arguments over the network when run by a child process. */
export const NETWORK_PROGRAMS = /^(?:.*[\\/])?(curl|wget|nc|ncat|netcat|socat|telnet|ftp|tftp|scp|sftp|rsync|ssh|openssl|powershell|pwsh|Invoke-WebRequest|Invoke-RestMethod|iwr|irm|nslookup|dig|host|ping)(\.exe)?$/i;
