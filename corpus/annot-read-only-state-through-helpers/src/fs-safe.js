// Result-returning wrappers over fs: each forwards its rest parameter, so the path is what its callers pass.
import { appendFile, copyFile, writeFile } from "node:fs/promises";

const settle = async (surface, promise) => {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, surface, error: String(error) };
  }
};

export const safeAppendFile = (surface, ...args) => settle(surface, appendFile(...args));
export const safeWriteFile = (surface, ...args) => settle(surface, writeFile(...args));
export const safeCopyFile = (surface, ...args) => settle(surface, copyFile(...args));
