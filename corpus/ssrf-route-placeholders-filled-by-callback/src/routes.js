// Route templates with `{name}` placeholders, filled from the call's values by a regex callback.
const API_ROUTES = {
  ticket: "https://api.deskly.example/v3/tickets/{ticketId}/thread",
  comment: "https://api.deskly.example/v3/tickets/{ticketId}/comments/{commentId}",
};
const SPACE_ROUTE = "https://{tenant}.spaces.deskly.example/v1/{spaceId}";
const HOOK_ROUTE = "{callbackBase}/deskly/events";


export function apiUrl(name, values) {
  return API_ROUTES[name].replace(/\{(\w+)\}/g, (_, key) => encodeURIComponent(String(values[key] ?? "")));
}

export const spaceUrl = (values) => SPACE_ROUTE.replace(/\{(\w+)\}/g, (_, key) => values[key]);
export const hookUrl = (values) => HOOK_ROUTE.replace(/\{(\w+)\}/g, (_, key) => values[key]);
