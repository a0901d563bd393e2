export function asError(e) {
  return e instanceof Error ? e : new Error(typeof e === "string" ? e : JSON.stringify(e));
}

export function normalizeError(value) {
  if (value instanceof Error) return value;
  let text = "[unprintable thrown value]";
  try {
    text = JSON.stringify(value);
  } catch {
    /* keep the placeholder */
  }
  return new Error(`Non-error thrown: ${text}`);
}

export function describeFailure(e) {
  return JSON.stringify(e);
}
