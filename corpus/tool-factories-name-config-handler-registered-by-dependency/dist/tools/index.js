export { default as plotExport } from "./export.js";
export { default as plotPreview } from "./preview.js";
