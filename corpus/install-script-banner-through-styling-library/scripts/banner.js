import { readFileSync } from "node:fs";
import { framed } from "./style.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
process.stderr.write(framed([`deck-notes ${version}`, "Run `deck-notes init` in your project."]) + "\n");
