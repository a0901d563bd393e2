import { addScreenTools } from "./screens.js";
import { addStatusTools } from "./status.js";

// One place that knows every group of tools.
export function addAllTools(ctx) {
  addScreenTools(ctx);
  addStatusTools(ctx);
}
