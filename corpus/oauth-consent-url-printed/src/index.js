#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { makeGoogleClient, printConsentUrl } from "./auth.js";

const oauth2Client = makeGoogleClient();

if (process.argv[2] === "auth") {
  printConsentUrl(oauth2Client);
} else {
  const server = new McpServer({ name: "calendar-desk", version: "0.6.2" });
  server.tool("whoami", "Which Google account the server is authorized for", {}, async () => {
    // Not the consent URL: the client's own secret field, in the server's log.
    console.error("token info request by client", oauth2Client._clientSecret); // expect: secret-in-log
    const info = await oauth2Client.getTokenInfo((await oauth2Client.getAccessToken()).token ?? "");
    return { content: [{ type: "text", text: info.email ?? "unknown" }] };
  });
  server.tool("start_authorization", "Print the consent page to open in a browser (the server's log)", {}, async () => {
    printConsentUrl(oauth2Client);
      return { content: [{ type: "text", text: "Open the URL printed in the server log to authorize." }] };
  });
  await server.connect(new StdioServerTransport());
}
