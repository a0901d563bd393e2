import { HTTPClient } from "./httpClient.js";

export const getBaseURL = () => process.env.CIRCLECI_BASE_URL || "https://circleci.com";

export class CIClients {
    pipelines;
    constructor({ token }) {
        this.pipelines = new HTTPClient(getBaseURL(), "/api/v2", { headers: { "Circle-Token": token, "User-Agent": "ci-mcp/0.7" } });
    }
}

export const getClients = () => new CIClients({ token: process.env.CIRCLECI_TOKEN });
