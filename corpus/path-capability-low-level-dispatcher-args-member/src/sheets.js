import { readFileSync, writeFileSync, renameSync, unlinkSync } from "node:fs";

export function assertSheetPath(filePath) {
  const lower = String(filePath).toLowerCase();
  if (!lower.endsWith(".sheet") && !lower.endsWith(".xml")) {
    throw new Error(`Only .sheet and .xml files are supported: ${filePath}`);
  }
}

function looksLikeSheet(text) {
  const trimmed = text.trim();
  return trimmed.startsWith("<sheet") || trimmed.startsWith(`<?xml`);
}

function replaceAtomically(filePath, data) {
  const tmpPath = `${filePath}.${process.pid}.tmp`;
  try {
    writeFileSync(tmpPath, data, "utf8"); // expect: path-traversal (medium)
    renameSync(tmpPath, filePath); // expect: path-traversal (medium)
  } catch (e) {
    try { unlinkSync(tmpPath); } catch { /* ignore */ } // expect: path-traversal (medium)
    throw e;
  }
}

export function readPage(filePath, index) {
  assertSheetPath(filePath);
  const text = readFileSync(filePath, "utf8"); // expect: path-traversal (low)
  if (!looksLikeSheet(text)) throw new Error("not a sheet");
  return text.split("<page>")[index] ?? "";
}

export function writePage(filePath, index, body) {
  assertSheetPath(filePath);
  const pages = readFileSync(filePath, "utf8").split("<page>"); // expect: path-traversal (low)
  pages[index] = body;
  replaceAtomically(filePath, pages.join("<page>"));
}
