import childProcess from "node:child_process";

class BrowserProcess {
  #executablePath;
  #args;
  #child;

  constructor(opts) {
    this.#executablePath = opts.executablePath;
    this.#args = opts.args ?? [];
    const env = opts.env || {};
    this.#child = childProcess.spawn(this.#executablePath, this.#args, { detached: true, env, stdio: ["pipe", "pipe", "pipe"] });
  }

  get nodeProcess() {
    return this.#child;
  }
}

function startBrowserProcess(opts) {
  return new BrowserProcess({ ...opts, executablePath: opts.executablePath ?? "/usr/bin/chromium" });
}

export function launch(options = {}) {
  const { env = process.env, args = [], userDataDir } = options;
  return startBrowserProcess({ args: [...args, `--user-data-dir=${userDataDir}`], env });
}
