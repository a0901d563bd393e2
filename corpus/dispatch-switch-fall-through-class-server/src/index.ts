import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolRequest } from "@modelcontextprotocol/sdk/types.js";
import { exportNote, type ExportArgs } from "./export.js";

const fileSchema = { type: "object", properties: { file: { type: "string" }, format: { type: "string" } }, required: ["file"] } as const;

class NotesServer {
  private readonly server = new Server({ name: "notes-export", version: "0.6.0" }, { capabilities: { tools: {} } });
  private readonly notes = new Map<string, string>();

  constructor() {
    this.server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: [
        { name: "list_notes", description: "List the note titles", inputSchema: { type: "object", properties: {} } },
        { name: "export_note", description: "Export a note file to HTML with pandoc", inputSchema: fileSchema },
        { name: "export_note_pdf", description: "Export a note file to PDF with pandoc", inputSchema: fileSchema },
        { name: "word_count", description: "Count the words of a note file name", inputSchema: fileSchema },
      ],
    }));
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => this.handleCall(request));
  }

  private async handleCall(request: CallToolRequest) {
    const { name, arguments: args } = request.params;
    switch (name) {
      case "list_notes":
        return { content: [{ type: "text", text: [...this.notes.keys()].join("\n") }] };
      case "export_note":
      case "export_note_pdf": {
        const out = exportNote(args as unknown as ExportArgs, name === "export_note_pdf" ? "pdf" : "html");
        return { content: [{ type: "text", text: out }] };
      }
      case "word_count": {
        const text = this.notes.get(String(args?.file)) ?? "";
        return { content: [{ type: "text", text: String(text.split(/\s+/).length) }] };
      }
      default:
        throw new Error(`Unknown tool: ${name}`);
    }
  }

  async run() {
    await this.server.connect(new StdioServerTransport());
  }
}

new NotesServer().run();
