import { readFile } from "node:fs/promises";
import { registerViewResource, registerViewTool, VIEW_MIME_TYPE } from "@lumenkit/mcp-views/server";
import { z } from "zod";

const CHART_VIEW = "ui://plotdesk/chart.html";

export function registerChartTools(ctx) {
  registerViewResource(ctx.server, "chart-view", CHART_VIEW, { mimeType: VIEW_MIME_TYPE }, async () => ({
    contents: [{ uri: CHART_VIEW, mimeType: VIEW_MIME_TYPE, text: "<div id=chart></div>" }],
  }));

  registerViewTool(
    ctx.server,
    "plot_csv",
    {
      title: "Plot a CSV file",
      description: "Reads a CSV file and draws its columns as a line chart",
      inputSchema: { file: z.string().describe("Path of the CSV file"), columns: z.array(z.string()).optional() },
      _meta: { ui: { resourceUri: CHART_VIEW } },
    },
    async ({ file, columns }) => {
      const csv = await readFile(file, "utf8"); // expect: path-traversal
      const rows = csv.split("\n").map((r) => r.split(","));
      return { content: [{ type: "text", text: JSON.stringify({ columns, rows: rows.length }) }] };
    },
  );
}
