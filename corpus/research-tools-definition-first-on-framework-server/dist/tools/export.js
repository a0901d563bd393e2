import { exec } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";
import { LogScopes } from "../log.js";

const sh = promisify(exec);

export function registerExportTools(server) {
  server.tool(
    {
      name: "export_bundle",
      description: "Packs the notes folder into a tarball named after the label",
      schema: z.object({ label: z.string() }),
    },
    async ({ label }) => {
      LogScopes.tool("export_bundle").info("packing");
      const { stdout } = await sh(`tar czf /tmp/${label}.tgz notes`); // expect: command-injection
      return { content: [{ type: "text", text: stdout || `packed ${label}` }] };
    },
  );
}
