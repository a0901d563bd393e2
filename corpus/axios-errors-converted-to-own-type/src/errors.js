export class DeskApiError extends Error {
  constructor(message, status, details) {
    super(status ? `${message} (HTTP ${status})` : message);
    this.name = "DeskApiError";
    this.status = status;
    this.details = details;
  }
}

/** Turns whatever the client threw into our own error: message, status and the API's answer only. */
export function toDeskError(error, fallback) {
  if (error.response) {
    return new DeskApiError(error.response.data?.message ?? fallback, error.response.status, error.response.data);
  }
  return new DeskApiError(error.message || fallback);
}
