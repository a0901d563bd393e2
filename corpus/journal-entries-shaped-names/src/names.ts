import path from "node:path";

/** Attachment names are relative paths under the journal folder: no `..` segment, never absolute. */
export function attachmentPath(root: string, name: string): string {
  if (name.includes("..") || path.isAbsolute(name)) throw new Error(`attachment name not allowed: ${name}`);
  return path.join(root, "attachments", name);
}

/** Only rejects `..`: `/etc/passwd` still passes and path.resolve takes it as is. */
export function looseAttachmentPath(root: string, name: string): string {
  if (name.includes("..")) throw new Error(`attachment name not allowed: ${name}`);
  return path.resolve(root, name);
}
