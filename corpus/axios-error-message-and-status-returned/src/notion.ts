import axios, { AxiosError } from "axios";

export const notion = axios.create({
  baseURL: "https://api.notion.com/v1",
  headers: {
    Authorization: `Bearer ${process.env.NOTION_TOKEN}`,
    "Notion-Version": "2022-06-28",
  },
});

export function describeError(error: unknown): string {
  if (axios.isAxiosError(error)) {
    const e = error as AxiosError<{ message?: string; code?: string }>;
    const status = e.response?.status ?? "no response";
    const apiMessage = e.response?.data?.message ?? e.message;
    return `Notion API error (${status}): ${apiMessage}`;
  }
  return error instanceof Error ? error.message : String(error);
}
