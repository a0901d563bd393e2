// Calls to the Recipe Box API. The base is the operator's setting (or the
// public API); each collection adds its own segment, and every helper glues
// the route its caller composed to that base.
const settings = {
  apiRoot: process.env.RECIPEBOX_API_ROOT || "https://api.recipebox.example",
  token: process.env.RECIPEBOX_TOKEN,
};

function collectionRoot(segment) {
  return `${settings.apiRoot}${segment}`;
}

async function call(segment, route, init = {}) {
  const target = new URL(`${collectionRoot(segment)}${route}`);
  // The query's values are form-encoded after `?`: they fill the query, whatever they hold.
  if (init.cook) target.searchParams.set("cook", init.cook);
  // Every caller's route starts with `/` or `?`: what it carries sits after the base's authority.
  // ok: ssrf
  const res = await fetch(target.toString(), {
    method: init.method ?? "GET",
    headers: { Authorization: `Bearer ${settings.token}` },
  });
  return res.json();
}

async function send(segment, route, body) {
  // One caller passes the model's text as the whole route: `.evil.example` or `@evil.example` goes on with the host.
  // Known miss: the token goes with it to that host, but the credential rule does not see the route pick it
  // through the helper (the same on the build before slash-led routes were read).
  // todo-expect: credential-exfiltration
  const res = await fetch(`${collectionRoot(segment)}${route}`, { method: "POST", headers: { Authorization: `Bearer ${settings.token}` }, body: JSON.stringify(body) }); // expect: ssrf
  return res.json();
}

export const recipes = {
  rate: (recipeId, cook, stars) => call("/recipes", `/${recipeId}/ratings?stars=${stars}`, { method: "PUT", cook }),
  notes: (recipeId) => call("/recipes", `?recipe=${recipeId}`),
  comment: (recipeId, text) => send("/recipes", `/${recipeId}/comments`, { text }),
  raw: (route, body) => send("/recipes", route, body),
};

export const cooks = {
  profile: (cook) => call("/cooks", `/${cook}`),
};
