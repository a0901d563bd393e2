// Fetches a URL object through retries: each attempt records the failing address on its error.
export class FetchFailure extends Error {
  constructor(message, attempt) {
    super(message);
    this.attempt = attempt;
  }
}

export async function fetchWithRetries(target, tries = 3) {
  let lastError;
  for (let attempt = 1; attempt <= tries; attempt++) {
    try {
      const res = await fetch(target, { redirect: "error" }); // expect: ssrf
      if (res.ok) return res.text();
      lastError = new FetchFailure(`status ${res.status}`, attempt);
      lastError.address = String(target);
    } catch (err) {
      lastError = new FetchFailure(err.message, attempt);
      lastError.address = target.origin + target.pathname;
    }
  }
  throw lastError;
}
