// Access-path keys of library APIs (`pkg Member[x].ReturnValue`): extending
// one by a token, and a short readable name for messages.
import { parseApiKey } from "./models.js";
import { MAX_API_TOKENS } from "./context.js";

export function appendToken(api: string, token: string): string | undefined {
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
