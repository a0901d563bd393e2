export function announceListening() {
  console.error("todo MCP listening on /mcp");
}

export const announceClosed = () => console.error("todo MCP closed");
