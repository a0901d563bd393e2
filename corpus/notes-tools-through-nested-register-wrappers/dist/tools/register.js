const started = new Map();

function record(name, ms) {
  started.set(name, (started.get(name) ?? 0) + ms);
}

/** Adds timing to every tool and registers it. */
export function registerTimed(server, name, config, handler) {
  const timed = async (args, extra) => {
    const t0 = Date.now();
    try {
      return await handler(args, extra);
    } finally {
      record(name, Date.now() - t0);
    }
  };
  server.registerTool(name, { ...config, title: config.title ?? name }, timed);
}

/** Hook tools go through the same path. */
export function registerHookTool(server, name, config, handler) {
  registerTimed(server, name, config, handler);
}
