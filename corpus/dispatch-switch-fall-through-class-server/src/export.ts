import { execSync } from "node:child_process";

export interface ExportArgs {
  file: string;
  format?: string;
}

export function exportNote(args: ExportArgs, defaultFormat: string): string {
  const format = args.format === "pdf" ? "pdf" : defaultFormat;
  // expect: command-injection
  return execSync(`pandoc "${args.file}" -o "${args.file}.${format}"`, { encoding: "utf8" });
}
