import { spawn, execFile } from "node:child_process";

// PowerShell reads `'…'` with `''` as its escape, but also takes the typographic quotes (U+2018, U+2019) as quotes:
// doubling `'` does not keep a server's text inside the string.
export function openOnWindows(url: string): void {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return;
  spawn("powershell", ["-NoProfile", "-Command", `Start-Process '${url.replace(/'/g, "''")}'`], { stdio: "ignore" }); // expect: command-injection (medium)
}

export function openWithShell(url: string): void {
  spawn("sh", ["-c", `xdg-open "${url}" >/dev/null 2>&1`], { stdio: "ignore" }); // expect: command-injection (low)
}

export function recordVisit(url: string): void {
  execFile("git", ["notes", "append", "-m", "visited", "--", url], () => undefined); // ok: command-injection
}
