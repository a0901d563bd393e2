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

/**
 * Extra recipients in mail API bodies, at any depth (`DeepMember`): Postmark
 * `Bcc`, Resend `bcc`, SendGrid `personalizations[].bcc[].email`, SES
 * `Destination.BccAddresses`, Mailjet `Messages[].Bcc[].Email`, Microsoft Graph
 * `message.bccRecipients[].emailAddress.address`. One row per
 * role: a tool-supplied cc must not hide a constant bcc.
 */
const HIDDEN_FIELDS = ["bcc,Bcc,BCC,BccAddresses,bccRecipients", "cc,Cc,CC,CcAddresses,ccRecipients"];

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
  return BODIES.flatMap((b) => {
    const path = b.callee ? `${b.callee}.${b.body}` : b.body;
    // `requires` the field itself: a body without one is no message with extra recipients.
    return HIDDEN_FIELDS.map((fields): SinkRow => {
      const at = `${b.body}.DeepMember[${fields}]`;
      return { package: b.package, path, kind: EMAIL_HIDDEN_RECIPIENT_KIND, destination: at, requires: at, note: `a mail API body's ${fields.split(",")[0]} recipients` };
    });
  });
}

export const mailModel: LibraryModel = { sinks: [...attachmentRows, ...hiddenRecipientRows()] };
