export class ApiCallError extends Error {
  constructor({ message, url, statusCode, cause }) {
    super(message, { cause });
    this.name = "ApiCallError";
    this.url = url;
    this.statusCode = statusCode;
  }
}

export class RetryError extends Error {
  constructor({ message, reason, errors }) {
    super(message);
    this.name = "RetryError";
    this.reason = reason;
    this.errors = errors;
  }
}

export function getErrorMessage(error) {
  if (error == null) return "unknown error";
  if (typeof error === "string") return error;
  if (error instanceof Error) return error.message;
  return JSON.stringify(error);
}

export async function withRetries(fn, { maxRetries = 2 } = {}, errors = []) {
  try {
    return await fn();
  } catch (error) {
    const errorMessage = getErrorMessage(error);
    const newErrors = [...errors, error];
    const tryNumber = newErrors.length;
    if (tryNumber > maxRetries) {
      // ok: error-detail-echo
      throw new RetryError({ message: `Failed after ${tryNumber} attempts. Last error: ${errorMessage}`, reason: "maxRetriesExceeded", errors: newErrors });
    }
    return withRetries(fn, { maxRetries }, newErrors);
  }
}
