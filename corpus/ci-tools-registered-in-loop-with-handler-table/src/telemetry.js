export function withTelemetry(toolName, handler) {
  return async (args, extra) => {
    const started = Date.now();
    try {
      return await handler(args, extra);
    } finally {
      console.error(`[ci-mcp] ${toolName} took ${Date.now() - started} ms`);
    }
  };
}
