import { z } from "zod";
import { api } from "./api.js";

export function registerTools(server) {
  server.tool("forecast", { city: z.string() }, async ({ city }) => {
    try {
      const res = await api.get("/forecast", { params: { city } });
      return { content: [{ type: "text", text: JSON.stringify(res.data) }] };
    } catch (error) {
      console.error("forecast failed", error); // expect: error-detail-echo
      return { isError: true, content: [{ type: "text", text: "forecast failed" }] };
    }
  });
  server.tool("alerts", { region: z.string() }, async ({ region }) => {
    const res = await api.get("/alerts", { params: { region } });
    return { content: [{ type: "text", text: JSON.stringify(res.data) }] };
  });
}
