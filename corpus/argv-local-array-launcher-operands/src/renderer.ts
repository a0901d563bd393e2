import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

export interface RenderOptions {
  input: string;
  output: string;
  theme: string;
  background: string;
  pdf?: boolean;
  extra?: string;
}

function addExtra(argv: string[], options: RenderOptions): void {
  if (options.extra) argv.push(options.extra);
}

export class Renderer {
  constructor(private readonly slidesBin = process.env.SLIDES_BIN ?? "slides") {}

  // The launcher's own option (`-y`), then the package it runs: every element after that belongs to the package's CLI.
  async diagram(options: RenderOptions): Promise<string> {
    const argv = ["-y", "@acme/diagram-cli", "-i", options.input, "-o", options.output, "--theme", options.theme, "-b", options.background];
    if (options.pdf) argv.push("--pdf-fit");
    console.error("rendering", { argv });
    const { stdout } = await execFileAsync("npx", argv); // ok: command-injection
    return stdout;
  }

  // A program named by configuration, its options and their values written as pairs in a local array.
  slides(file: string, title: string): Promise<number> {
    const args = ["export", "--title", title, "--format", "pdf"];
    args.push("--out", `${file}.pdf`);
    return new Promise((resolve) => {
      spawn(this.slidesBin, args, { stdio: "inherit" }).on("close", (code) => resolve(code ?? 1)); // ok: command-injection
    });
  }

  // The file is the CLI's operand, written where an option may stand: `--config=…` is read as an option.
  async lint(file: string): Promise<string> {
    const argv = ["-y", "@acme/diagram-cli", "lint", file];
    const { stdout } = await execFileAsync("npx", argv); // expect: command-injection (medium)
    return stdout;
  }

  // A helper pushes to the array: what it adds, and where, is not read here. The engine does not yet carry a
  // push made inside a helper back to the caller's array, so no flow reaches the call at all.
  async withExtra(options: RenderOptions): Promise<string> {
    const argv = ["-y", "@acme/diagram-cli", "-i", options.input];
    addExtra(argv, options);
    const { stdout } = await execFileAsync("npx", argv); // todo-expect: command-injection
    return stdout;
  }
}
