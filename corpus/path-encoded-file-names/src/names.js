// File names for sources: the vault stores one file per source.

/** URL-safe base64 without padding. */
export function toSafeName(text) {
  return Buffer.from(text, "utf8").toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Only the `+` is swapped: `/` stays. */
export function toHalfSafeName(text) {
  return Buffer.from(text, "latin1").toString("base64").replace(/\+/g, "-");
}

/** base64url, then its `_` turned back into folders. */
export function toNestedName(text) {
  return Buffer.from(text, "latin1").toString("base64url").replace(/_/g, "/");
}
