import path from "node:path";

// Named like a check, but `/work/app-secrets` passes for the folder `/work/app`.
export function isWithinWorkspace(target: string, folders: string[]): boolean {
  const full = path.resolve(target);
  return folders.some((folder) => full.startsWith(path.resolve(folder)));
}
