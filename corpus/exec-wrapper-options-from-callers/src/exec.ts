import { execFileSync, type ExecFileSyncOptions } from "node:child_process";

const DENIED = ["--kubeconfig", "--server", "--token"];

function assertSafeArgv(args: string[]): void {
  for (const a of args) if (DENIED.some((d) => a.startsWith(d))) throw new Error(`refusing ${a}`);
}

/** Every tool runs its program through here: options come from the caller. */
export function execFileSafe(file: string, args: string[], options: ExecFileSyncOptions): string {
  assertSafeArgv(args);
  // No caller passes `shell`: argv only, but a value can still be read as an option.
  return execFileSync(file, args, options).toString(); // expect: command-injection (medium)
}

/** The plugin hook runner: the caller asks for a shell so `.cmd` shims resolve on Windows. */
export function runHook(file: string, args: string[], options: ExecFileSyncOptions): string {
  return execFileSync(file, args, options).toString(); // expect: command-injection (critical)
}
