import { checkForUpdate } from "./update.js";

export function createRegistrar(server, version) {
  return (name, description, shape, handler) => {
    const withNotice = async (args) => {
      const result = await handler(args);
      const notice = await checkForUpdate(version);
      if (notice && Array.isArray(result.content)) result.content.push({ type: "text", text: notice });
      return result;
    };
    server.tool(name, description, shape, withNotice);
  };
}
