import { execFileSync } from "node:child_process";

const KUBECTL = process.env.KUBECTL_BIN ?? "kubectl";

/** Runs kubectl without a shell; every tool goes through here. */
export function kubectl(args: string[]): string {
  return execFileSync(KUBECTL, args, { encoding: "utf8", maxBuffer: 32 * 1024 * 1024 }); // expect: command-injection (medium)
}

/** Appends the output options every listing takes and hands the same array back. */
export function withOutput(args: string[], format: string | undefined): string[] {
  if (format) args.push("-o", format);
  return args;
}
