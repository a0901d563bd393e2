import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export function ok(data: unknown): CallToolResult {
  return { content: [{ type: "text", text: JSON.stringify(data, null, 2) }] };
}

export function fail(error: unknown): CallToolResult {
  return {
    isError: true,
    // expect: error-detail-echo (high)
    content: [{ type: "text", text: `Linear request failed: ${JSON.stringify(error, null, 2)}` }],
  };
}
