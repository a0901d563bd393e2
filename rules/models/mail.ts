// Mail beyond the SDK rows of network.ts: files a message attaches, and the
// hidden recipients of a mail API called over plain HTTP.
//
// - nodemailer's `attachments[].path` is read from disk (or fetched, when it is
//   a URL) and `attachments[].href` is fetched: the bytes go to the recipients.
// - A mail HTTP API (Postmark, SendGrid, Mailgun, Resend, SES, Mailjet, Brevo and
//   any service of the same shape) takes a JSON body whose cc/bcc fields name
//   extra recipients. Rows of kind `email-hidden-recipient` on every HTTP
//   client's body, one per field and shape, put a constant there in the
//   destination; covert-recipient asks whether the user ever supplied it.
import type { LibraryModel, SinkRow } from "../../analyzer/taint/spec.js";
import { EMAIL_HIDDEN_RECIPIENT_KIND, NETWORK_REQUEST_KIND } from "./network.js";

const SEND_MAIL = "Member[createTransport].ReturnValue.Member[sendMail].Argument[0]";

const attachmentRows: SinkRow[] = [
  { package: "nodemailer", path: `${SEND_MAIL}.Member[attachments].ArrayElement.Member[path]`, kind: "path-traversal", destination: "Argument[0].Member[attachments].ArrayElement.Member[path]", note: "nodemailer reads attachments[].path from disk and mails it to the recipients" },
  { package: "nodemailer", path: `${SEND_MAIL}.Member[attachments].ArrayElement.Member[href]`, kind: NETWORK_REQUEST_KIND, destination: "Argument[0].Member[attachments].ArrayElement.Member[href]", note: "nodemailer fetches attachments[].href and mails what it gets" },
];

/** Field names of extra recipients in mail API bodies. */
const HIDDEN_FIELDS = ["bcc", "cc", "Bcc", "Cc", "BccAddresses", "CcAddresses"];
/** Containers that hold one message's recipients: SendGrid `personalizations[]`, Mailjet `Messages[]`, SES `Destination`. */
const CONTAINERS = ["", "Member[personalizations].ArrayElement.", "Member[Messages].ArrayElement.", "Member[Destination]."];
/** The shapes of a recipient field: an address, a list of addresses, a list of `{ email }` objects. */
const SHAPES = ["", ".ArrayElement", ".ArrayElement.Member[email,Email,address]"];

/** Where an HTTP client's call carries a JSON body, relative to the call. */
const BODIES: { package: string; callee: string; body: string }[] = [
  ...["global Member[fetch]", "undici Member[fetch]", "node-fetch ", "node-fetch Member[default]", "cross-fetch ", "isomorphic-fetch "].map((k) => {
    const [pkg, callee] = k.split(" ");
    return { package: pkg, callee, body: "Argument[1].Member[body]" };
  }),
  { package: "undici", callee: "Member[request]", body: "Argument[1].Member[body]" },
  ...["", "Member[default].", "Member[create].ReturnValue."].flatMap((base) => [
    { package: "axios", callee: `${base}Member[post,put,patch]`, body: "Argument[1]" },
    { package: "axios", callee: `${base}Member[request]`, body: "Argument[0].Member[data]" },
  ]),
  { package: "axios", callee: "", body: "Argument[0].Member[data]" },
  { package: "got", callee: "Member[post,put,patch]", body: "Argument[1].Member[json]" },
  { package: "got", callee: "", body: "Argument[1].Member[json]" },
  { package: "ky", callee: "Member[post,put,patch]", body: "Argument[1].Member[json]" },
  { package: "superagent", callee: "Member[post,put,patch].ReturnValue.Member[send]", body: "Argument[0]" },
];

function hiddenRecipientRows(): SinkRow[] {
  const out: SinkRow[] = [];
  for (const b of BODIES) {
    const path = b.callee ? `${b.callee}.${b.body}` : b.body;
    for (const container of CONTAINERS) {
      for (const field of HIDDEN_FIELDS) {
        for (const shape of SHAPES) {
          const at = `${b.body}.${container}Member[${field}]${shape}`;
          // `requires` the field itself: a body without it is no message with extra recipients.
          out.push({ package: b.package, path, kind: EMAIL_HIDDEN_RECIPIENT_KIND, destination: at, requires: at, note: `a mail API body's ${field} recipients` });
        }
      }
    }
  }
  return out;
}

export const mailModel: LibraryModel = { sinks: [...attachmentRows, ...hiddenRecipientRows()] };
