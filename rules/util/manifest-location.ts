// Lines in package.json text for findings located in the manifest: the analyzer's (analyzer/manifest-location.ts).
export { lineAt, lineOfJsonKey } from "../../analyzer/manifest-location.js";
