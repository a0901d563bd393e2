// Generated from the Wiki Spaces API description.
export function pagePath(spaceKey, pageId) {
  return "/spaces/{space_key}/pages/{page_id}"
    .replace("{space_key}", encodeURIComponent(String(spaceKey)))
    .replace("{page_id}", encodeURIComponent(String(pageId)));
}

export function childrenPath(pageId) {
  return `/pages/{page_id}/children`.replaceAll(`{${"page_id"}}`, String(pageId));
}

export function mirrorPath(mirror, pageId) {
  return "https://{mirror}/pages/{page_id}".replace("{mirror}", mirror).replace("{page_id}", encodeURIComponent(pageId));
}

export function regionalPageUrl(region, pageId) {
  return `https://${region}/pages/${encodeURIComponent(pageId)}`;
}
