import axios from "axios";

const apiKey = process.env.LINEAR_API_KEY;
if (!apiKey) {
  console.error("LINEAR_API_KEY is required");
  process.exit(1);
}

export const linear = axios.create({
  baseURL: "https://api.linear.app",
  headers: { Authorization: apiKey, "Content-Type": "application/json" },
  timeout: 15_000,
});

export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await linear.post("/graphql", { query, variables });
  return res.data.data as T;
}
