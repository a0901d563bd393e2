// Render jobs on Windows, driven through PowerShell.
import { execFileSync } from "node:child_process";
import path from "node:path";

const RENDERER = "C:\\Program Files\\Blendish\\render.exe";

// Stops every renderer of one job: `&` is PowerShell's call operator, and the call waits for the script.
export function stopJob(jobId) {
  const script = `Get-CimInstance Win32_Process -Filter "Name='render.exe'" | Where-Object { $_.CommandLine -like '*job-${Number(jobId)}*' } | ForEach-Object { & taskkill /PID $_.ProcessId /T /F | Out-Null }`;
  // ok: silent-process
  return execFileSync("pwsh", ["-NoProfile", "-NonInteractive", "-Command", script], { encoding: "utf8", timeout: 20000 });
}

// Counts running renderers; the hidden window is PowerShell's own, and the call waits for it to end.
export function countRenderers() {
  // ok: silent-process
  const out = execFileSync("powershell.exe", ["-NoProfile", "-WindowStyle", "Hidden", "-Command", "(Get-Process render -ErrorAction SilentlyContinue | Measure-Object).Count"], { encoding: "utf8" });
  return Number(out.trim());
}

// Starts a renderer in a hidden window of its own: it keeps running after the script, and the server, end.
export function startRender(sceneFile) {
  const scene = path.basename(sceneFile);
  // expect: silent-process
  execFileSync("powershell.exe", ["-NoProfile", "-Command", `Start-Process -FilePath '${RENDERER}' -ArgumentList 'scenes\\${scene}' -WindowStyle Hidden`]);
}
