// Scoped loggers; `tool` names the tool a log line is about.
export const LogScopes = {
  tool: (toolName, requestId) => scoped(`tool:${toolName}`, requestId),
  server: () => scoped("server"),
};

function scoped(scope, requestId) {
  return { info: (message) => process.stderr.write(`[${scope}${requestId ? ` ${requestId}` : ""}] ${message}\n`) };
}
