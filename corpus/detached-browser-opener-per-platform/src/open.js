// Opening the sign-in page in the user's default browser: the launcher differs per platform.
import { spawn } from "node:child_process";

export function openLoginPage(url) {
  const command = process.platform === "darwin" ? "open" : process.platform === "win32" ? "cmd" : "xdg-open";
  const args = process.platform === "win32" ? ["/c", "start", "", url] : [url];
  // ok: silent-process
  const child = spawn(command, args, { stdio: "ignore", detached: true });
  child.unref();
}

export function openDocs(url) {
  let launcher;
  let launcherArgs;
  if (process.platform === "darwin") {
    launcher = "open";
    launcherArgs = [url];
  } else if (process.platform === "win32") {
    launcher = "cmd";
    launcherArgs = ["/c", "start", "", url];
  } else {
    launcher = "xdg-open";
    launcherArgs = [url];
  }
  return new Promise((resolve) => {
    // ok: silent-process
    const child = spawn(launcher, launcherArgs, { stdio: "ignore", detached: true });
    child.on("spawn", () => {
      child.unref();
      resolve(true);
    });
    child.on("error", () => resolve(false));
  });
}

// A per-platform choice that is not an opener on every platform: the shell branch runs a command line.
export function startSyncAgent(script) {
  const shell = process.platform === "win32" ? "cmd" : "sh";
  const shellArgs = process.platform === "win32" ? ["/c", script] : ["-c", script];
  // expect: silent-process (medium)
  const agent = spawn(shell, shellArgs, { stdio: "ignore", detached: true });
  agent.unref();
}

// cmd without `start` runs whatever follows `/c`.
export function startWindowsHelper(bin) {
  const program = process.platform === "win32" ? "cmd" : "open";
  // expect: silent-process (medium)
  const helper = spawn(program, ["/c", bin, "--daemon"], { stdio: "ignore", detached: true });
  helper.unref();
}
