export { ReadShelfTool } from "./readShelf.js";
export { LabelShelfTool } from "./labelShelf.js";
