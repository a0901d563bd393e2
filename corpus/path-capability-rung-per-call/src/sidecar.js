import { writeFileSync } from "node:fs";

// The sidecar's name comes back from the caller's callback, built from the photo's path.
export async function withSidecar(photoPath, describe) {
  const record = describe(`${photoPath}.tags.json`);
  writeFileSync(record.sidecar, JSON.stringify({ tags: record.tags, size: record.size })); // expect: path-traversal (medium)
}
