export const settings = {
  address: process.env.TRACER_BRIDGE_ADDR ?? "127.0.0.1",
  port: Number(process.env.TRACER_BRIDGE_PORT ?? "4711"),
  // Must match the plugin's own setting; sent as a bearer token when present.
  secret: process.env.TRACER_BRIDGE_TOKEN ?? "",
};

export function pluginOrigin() {
  return `http://${settings.address}:${settings.port}`;
}
