// One formatter for every tool: it writes the text to a file only when its caller passes a path.
import fs from "node:fs";

export function formatIssues(issues, outputPath) {
  const text = issues.map((i) => `#${i.number} ${i.title}`).join("\n");
  // expect: path-traversal (medium)
  if (outputPath) fs.writeFileSync(outputPath, text);
  return text;
}
