import { ApiCallError } from "./errors.js";

const NETWORK_ERRORS = { ENOTFOUND: "host not found", ECONNREFUSED: "connection refused", ETIMEDOUT: "timed out" };

export class IncidentClient {
  constructor({ host, accessToken }) {
    this.apiPrefix = `https://${host}/api/v1`;
    this.accessToken = accessToken;
  }

  async request(path) {
    const url = `${this.apiPrefix}${path}`;
    let response;
    try {
      response = await fetch(url, { headers: { Authorization: `Bearer ${this.accessToken}`, Accept: "application/json" } });
    } catch (error) {
      let rootCause = error;
      while (rootCause instanceof Error && rootCause.cause) rootCause = rootCause.cause;
      const errorMessage = rootCause instanceof Error ? rootCause.message : String(rootCause);
      const code = Object.keys(NETWORK_ERRORS).find((c) => errorMessage.includes(c));
      const friendly = `Unable to connect to ${url} - ${code ? NETWORK_ERRORS[code] : errorMessage}`;
      // ok: error-detail-echo
      throw new Error(friendly, { cause: error });
    }
    if (!response.ok) throw new ApiCallError({ message: `Incident API answered ${response.status}`, url, statusCode: response.status });
    try {
      return await response.json();
    } catch (error) {
      // ok: error-detail-echo
      throw new ApiCallError({ message: "Failed to parse the incident API's answer", url, statusCode: response.status, cause: error });
    }
  }
}
