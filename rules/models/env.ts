// Environment reads. Kind `env` is one variable (the label is its name; rules
// decide by the name whether it is a secret, see secret-names.ts); kind
// `env-whole` is the environment as a value: serialized, iterated, spread or
// passed on, which hands over every secret at once.
import type { LibraryModel, SanitizerRow, SourceRow } from "../../analyzer/taint/spec.js";

/** Where the environment object is reachable: `process.env`, `import { env } from "node:process"`, `import process from "node:process"`. */
interface EnvObject {
  package: string;
  path: string;
  note: string;
  /** Label name of the whole. */
  whole: string;
}

const ENV_OBJECTS: EnvObject[] = [
  { package: "global", path: "Member[process].Member[env]", note: "process.env", whole: "process.env" },
  { package: "process", path: "Member[env]", note: "import { env } from 'node:process' (and the default export's env)", whole: "process.env" },
  { package: "process", path: "Member[default].Member[env]", note: "import process from 'node:process' where default imports are modelled as Member[default]", whole: "process.env" },
];

/** dotenv's parsed file: the same variables, read before they reach process.env. */
const DOTENV_OBJECTS: EnvObject[] = [
  { package: "dotenv", path: "Member[config].ReturnValue.Member[parsed]", note: "dotenv.config().parsed", whole: ".env file" },
  { package: "dotenv", path: "Member[configDotenv].ReturnValue.Member[parsed]", note: "dotenv.configDotenv().parsed", whole: ".env file" },
  { package: "dotenv", path: "Member[parse].ReturnValue", note: "dotenv.parse(text)", whole: ".env file" },
];

const rows = (objects: EnvObject[]): SourceRow[] =>
  objects.flatMap((o) => [
    { package: o.package, path: `${o.path}.AnyMember`, kind: "env", note: `one variable of ${o.note}` },
    { package: o.package, path: o.path, kind: "env-whole", name: o.whole, note: `${o.note} as a whole` },
  ]);

/**
 * Sanitizer kind that marks a file's contents read through a path: a value
 * that went through `readFileSync(p)` is what the file at `p` holds, not `p`.
 * An env var that names a credentials file is a path; what was read from it
 * is the secret (rules/util/secret-labels.ts tells the two apart with this).
 */
export const READ_FROM_PATH = "read-from-path";

const FILE_READS: { package: string; path: string }[] = [
  { package: "fs", path: "Member[readFileSync]" },
  { package: "fs", path: "Member[promises].Member[readFile]" },
  // The callback form hands the contents to the callback (the sanitizer holds for it too).
  { package: "fs", path: "Member[readFile]" },
  { package: "fs/promises", path: "Member[readFile]" },
  { package: "graceful-fs", path: "Member[readFileSync]" },
  { package: "fs-extra", path: "Member[readFile,readFileSync,readJson,readJsonSync,readJSON,readJSONSync]" },
  { package: "fs-extra", path: "Member[promises].Member[readFile]" },
];

const fileContentRows: SanitizerRow[] = FILE_READS.map((r) => ({ ...r, kinds: [READ_FROM_PATH], note: "the contents of the file at the path, not the path" }));

export const envModel: LibraryModel = {
  sources: [...rows(ENV_OBJECTS), ...rows(DOTENV_OBJECTS)],
  sanitizers: fileContentRows,
};

/** The source kinds of this model, for rules that select flows. */
export const ENV_KIND = "env";
export const ENV_WHOLE_KIND = "env-whole";
