import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { normalizeFileName, rejectPathTraversal, safeTrim, toSafeFilePath } from "@formsync-kit/common";

const SNIPPETS = join(process.cwd(), "snippets");

export async function pullLayout(formId, target, fetchLayout) {
  const layout = await fetchLayout(formId);
  const where = toSafeFilePath(target);
  await mkdir(dirname(where), { recursive: true }); // expect: path-traversal (low)
  await writeFile(where, layout, "utf8"); // expect: path-traversal (low)
  return where;
}

export async function pushLayout(source, sendLayout) {
  const checked = rejectPathTraversal(source);
  const layout = await readFile(checked, "utf8"); // expect: path-traversal (low)
  return sendLayout(layout);
}

export async function exportLayout(target, layout) {
  const where = normalizeFileName(target);
  await writeFile(join(SNIPPETS, where), layout, "utf8"); // expect: path-traversal
}

export async function readSnippet(name) {
  return readFile(join(SNIPPETS, safeTrim(name)), "utf8"); // expect: path-traversal
}
