import axios from "axios";

export const gitlab = axios.create({
  baseURL: `${process.env.GITLAB_URL ?? "https://gitlab.com"}/api/v4`,
  headers: { "PRIVATE-TOKEN": process.env.GITLAB_PERSONAL_ACCESS_TOKEN },
});

export class GitLabApiError extends Error {
  constructor({ message, status, cause }) {
    super(message, { cause });
    this.name = "GitLabApiError";
    this.status = status;
  }
}

export function describeError(e) {
  return typeof e === "string" ? e : JSON.stringify(e);
}
