// reports: format a ScanResult. Reporters know Finding and rule metadata, never rule internals.
import type { ScanResult } from "../analyzer/types.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif, type SarifOptions } from "./sarif.js";
import { renderText, type TextOptions } from "./text.js";

export const FORMATS = ["text", "json", "sarif", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

export type RenderOptions = Partial<TextOptions> & SarifOptions;

export function render(result: ScanResult, format: Format, options: RenderOptions = {}): string {
  switch (format) {
    case "json":
      return renderJson(result);
    case "sarif":
      return JSON.stringify(renderSarif(result, options), null, 2) + "\n";
    case "markdown":
      return renderMarkdown(result);
    case "text":
      return renderText(result, { color: options.color ?? false, quiet: options.quiet });
  }
}

export { renderJson, renderMarkdown, renderSarif, renderText };
export type { SarifOptions, TextOptions };
