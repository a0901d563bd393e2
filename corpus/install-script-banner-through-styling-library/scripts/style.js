// The banner's look: colours and a box, nothing else.
import pc from "picocolors";
import boxen from "boxen";

export function framed(lines) {
  return boxen(lines.map((l) => pc.cyan(l)).join("\n"), { padding: 1, borderStyle: "round" });
}
