// URL helpers: a base (constant or configured) and a path the caller gives,
// joined with exactly one slash between them.
export const DOCS_ORIGIN = "https://docs.widgets.example";
const ROWS_ORIGIN = "https://rows.widgets.example";

export async function docsGet(path) {
  // The slash is added unless the path has it: the authority ends here whatever `path` is.
  const url = DOCS_ORIGIN + (path.charAt(0) === "/" ? "" : "/") + path;
  // ok: ssrf
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  return res.json();
}

export async function rowsGet(name) {
  // ok: ssrf
  const res = await fetch(`${ROWS_ORIGIN}${name.startsWith("/") ? "" : "/"}${name}`);
  return res.json();
}

/** `origin` followed by what the caller composed. */
export function joinUrl(origin, rest) {
  return `${origin}${rest}`;
}

/** The rows endpoint of a workspace, as the admin API reports it. */
export async function workspaceRowsUrl(workspace) {
  const res = await fetch(`https://admin.widgets.example/v1/workspaces/${encodeURIComponent(workspace)}`);
  const info = await res.json();
  return info.rowsUrl;
}

export async function rowsRequest(rowsUrl, path, init = {}) {
  const res = await fetch(`${rowsUrl}${path}`, init); // expect: ssrf (low)
  return res.json();
}

export async function rowsFetch(rowsUrl, path) {
  const res = await fetch(`${rowsUrl}${path}`); // expect: ssrf (high)
  return res.json();
}

/** A full URL is taken as it is; anything else is a path under the API. */
export async function apiCall(target) {
  const url = target.startsWith("http") ? target : `${ROWS_ORIGIN}${target.startsWith("/") ? "" : "/"}${target}`;
  const res = await fetch(url); // expect: ssrf
  return res.json();
}
