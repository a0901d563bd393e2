import { z } from "zod";
import { listEvents, exportCalendar } from "./handlers.js";

export class ToolRegistry {
  static tools = [
    {
      name: "list_events",
      description: "List the events of one calendar",
      schema: z.object({ calendar: z.enum(["work", "home"]) }),
      handler: listEvents,
    },
    {
      name: "export_calendar",
      description: "Export the work calendar to a file",
      schema: z.object({ destination: z.string() }),
      handler: exportCalendar,
    },
  ];

  static registerAll(server, log) {
    for (const tool of this.tools) this.registerSingleTool(server, tool, log);
  }

  static registerSingleTool(server, tool, log) {
    server.registerTool(tool.name, { description: tool.description, inputSchema: tool.schema.shape }, async (args) => {
      const parsed = tool.schema.parse(args);
      log(tool.name);
      return tool.handler(parsed);
    });
  }
}
