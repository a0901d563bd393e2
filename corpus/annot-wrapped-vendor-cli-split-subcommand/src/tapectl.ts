// Every tool goes through three layers: a queue that records the job, a runner that splits the
// subcommand string into words before the caller's operands, and a launcher that starts the process
// (inside a Promise executor). The program is the operator's override when set, else the constant
// `tapectl`: the code names it, so the words the code fixes after it say what each tool does.
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

export function tapeBinary(platform: string = process.platform, override: string | undefined = process.env.TAPE_VAULT_CLI): string {
  const chosen = override?.trim();
  if (chosen) return chosen;
  return platform === "win32" ? "tapectl.exe" : "tapectl";
}

async function launch(binary: string, argv: string[]): Promise<string> {
  if (process.platform !== "win32") {
    // expect: command-injection
    const { stdout } = await execFileAsync(binary, argv, { maxBuffer: 4 << 20 });
    return stdout;
  }
  return new Promise((resolve, reject) => {
    // expect: command-injection
    const child = spawn(binary, argv, { windowsHide: true });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.length > 4 << 20) child.kill();
    });
    child.on("close", (code: number | null) => (code === 0 ? resolve(out) : reject(new Error(`tapectl exited ${code}`))));
  });
}

export async function runTape(subcommand: string, operands: string[] = []): Promise<string> {
  const argv = [...subcommand.trim().split(/\s+/), ...operands];
  return launch(tapeBinary(), argv);
}

const journal: { subcommand: string; at: number }[] = [];

export async function queueTape(subcommand: string, operands: string[] = []): Promise<string> {
  journal.push({ subcommand, at: Date.now() });
  return runTape(subcommand, [...operands, "--output-format", "json"]);
}

export async function launchOther(binary: string, operands: string[]): Promise<string> {
  return launch(binary, operands);
}
