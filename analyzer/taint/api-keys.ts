// Access-path keys of library APIs (`pkg Member[x].ReturnValue`): extending
// one by a token, and a short readable name for messages.
import { parseApiKey } from "./models.js";
import { MAX_API_TOKENS } from "./context.js";
import { boundedMemo } from "../memo.js";

/**
 * Remembered per (api, token): the engine extends the same keys at every member
 * read and call, and handing back the same string each time also spares every
 * later lookup by that key from hashing a fresh copy.
 */
const extensionsOf = boundedMemo((api: string) => boundedMemo((token: string) => extended(api, token)), 100_000);

export function appendToken(api: string, token: string): string | undefined {
  return extensionsOf(api)(token);
}

function extended(api: string, token: string): string | undefined {
  const { tokens } = parseApiKey(api);
  if (tokens.length >= MAX_API_TOKENS) return undefined;
  // `x.default` of a package is the package (ESM/CJS interop).
  if (token === "Member[default]" && tokens.length === 0) return api;
  return tokens.length === 0 && !api.includes(" ") ? `${api} ${token}` : `${api}.${token}`;
}

export function describeApi(api: string): string {
  const { pkg, tokens } = parseApiKey(api);
  const parts = tokens.map((t) => {
    const m = /^Member\[(.*)\]$/.exec(t);
    if (m) return `.${m[1]}`;
    if (t === "ReturnValue") return "()";
    if (t === "Instance") return "";
    return "";
  });
  const head = pkg === "global" ? "" : pkg;
  const s = (head + parts.join("")).replace(/^\./, "");
  return s || pkg;
}
