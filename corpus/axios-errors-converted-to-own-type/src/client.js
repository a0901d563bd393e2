import axios from "axios";
import { DeskApiError, toDeskError } from "./errors.js";

export class DeskClient {
  constructor(baseUrl, apiToken) {
    this.http = axios.create({ baseURL: baseUrl, headers: { Authorization: `Bearer ${apiToken}` }, timeout: 15000 });
  }

  async getTicket(id) {
    try {
      const res = await this.http.get(`/tickets/${encodeURIComponent(id)}`);
      return res.data;
    } catch (error) {
      throw toDeskError(error, "Failed to fetch ticket");
    }
  }

  // A promise chain converts the same way.
  listAgents() {
    return this.http
      .get("/agents")
      .then((res) => res.data.agents)
      .catch((error) => {
        throw new DeskApiError(`Failed to list agents: ${error.message}`, error.response?.status);
      });
  }

  async listMacros() {
    try {
      const res = await this.http.get("/macros");
      return res.data.macros;
    } catch (error) {
      // Only errors that are not axios's own pass through unchanged.
      if (axios.isAxiosError(error)) {
        throw new DeskApiError("Failed to list macros", error.response?.status, error.response?.data);
      }
      throw error;
    }
  }

  async getSlaPolicy(id) {
    try {
      const res = await this.http.get(`/sla_policies/${encodeURIComponent(id)}`);
      return res.data;
    } catch (error) {
      // The axios error stays reachable as the new error's cause.
      throw new DeskApiError("Failed to fetch SLA policy", undefined, { cause: error });
    }
  }

  async getView(id) {
    try {
      const res = await this.http.get(`/views/${encodeURIComponent(id)}`);
      return res.data;
    } catch (error) {
      console.error("view lookup failed", error.message);
      throw error;
    }
  }
}
