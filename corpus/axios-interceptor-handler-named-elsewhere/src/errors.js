export class GatewayError extends Error {
  constructor(message, status, body) {
    super(message);
    this.name = "GatewayError";
    this.status = status;
    this.body = body;
  }
}

/** What callers of the billing API get instead of the HTTP client's error. */
export function toGatewayError(error) {
  const status = error.response?.status;
  const detail = error.response?.data?.error?.message ?? error.message;
  return Promise.reject(new GatewayError(`Billing gateway: ${detail}`, status, error.response?.data));
}
