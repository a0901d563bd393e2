import axios from "axios";

export class ApiError extends Error {
  constructor(message, status, details) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.details = details;
  }
}

function toApiError(error) {
  if (error instanceof ApiError) return error;
  if (error.response) return new ApiError(error.response.data?.message ?? error.message, error.response.status, error.response.data);
  return new ApiError(error.request ? "No response from the automation server" : error.message);
}

export class FlowClient {
  constructor(baseUrl, apiKey) {
    this.client = axios.create({
      baseURL: `${baseUrl.replace(/\/$/, "")}/api/v1`,
      headers: { "X-API-KEY": apiKey, "Content-Type": "application/json" },
      timeout: 30_000,
    });
    this.client.interceptors.response.use(
      (response) => response,
      async (error) => {
        const apiError = toApiError(error);
        console.error(`[flowctl] API error ${apiError.status ?? "-"}: ${apiError.message}`);
        return Promise.reject(apiError);
      },
    );
  }

  async getWorkflow(id) {
    const { data } = await this.client.get(`/workflows/${encodeURIComponent(id)}`);
    return data;
  }

  async activateWorkflow(id) {
    const { data } = await this.client.post(`/workflows/${encodeURIComponent(id)}/activate`);
    return data;
  }
}
