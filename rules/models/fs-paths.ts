// File-system paths: where a value names a file or folder to read, write,
// delete or serve, and the archive extractors that write wherever an entry's
// name points. Kind `path-traversal`; `destination` is the path argument.
import type { LibraryModel, SinkRow, StepRow } from "../../analyzer/taint/spec.js";

/** fs functions whose first argument is a path (callback, sync and promise forms share names). */
const ONE_PATH = [
  "readFile", "readFileSync", "writeFile", "writeFileSync", "appendFile", "appendFileSync",
  "createReadStream", "createWriteStream", "open", "openSync", "readdir", "readdirSync", "opendir", "opendirSync",
  "unlink", "unlinkSync", "rm", "rmSync", "rmdir", "rmdirSync", "mkdir", "mkdirSync",
  "truncate", "truncateSync", "chmod", "chmodSync", "chown", "chownSync", "utimes", "utimesSync",
  "readlink", "readlinkSync", "watch",
];
/** fs functions whose first and second arguments are both paths. */
const TWO_PATHS = ["copyFile", "copyFileSync", "cp", "cpSync", "rename", "renameSync", "symlink", "symlinkSync", "link", "linkSync"];
/** fs-extra's additions (promise and callback forms share names). */
const FS_EXTRA_ONE = [
  "outputFile", "outputFileSync", "outputJson", "outputJsonSync", "outputJSON", "readJson", "readJsonSync", "readJSON",
  "writeJson", "writeJsonSync", "writeJSON", "remove", "removeSync", "emptyDir", "emptyDirSync", "emptydir",
  "ensureDir", "ensureDirSync", "mkdirp", "mkdirpSync", "mkdirs", "mkdirsSync", "ensureFile", "ensureFileSync",
];
const FS_EXTRA_TWO = ["copy", "copySync", "move", "moveSync", "ensureLink", "ensureSymlink"];

/** The fs and fs-extra calls above that only read or look. */
export const READING_PATH_CALLS: ReadonlySet<string> = new Set([
  "readFile", "readFileSync", "createReadStream", "readdir", "readdirSync", "opendir", "opendirSync",
  "readlink", "readlinkSync", "watch", "readJson", "readJsonSync", "readJSON",
]);

/**
 * The fs and fs-extra path calls that write, create, move or delete (`open`
 * too: its flags may): what a file capability reaches is judged by these.
 */
export const WRITING_PATH_CALLS: ReadonlySet<string> = new Set([...ONE_PATH, ...TWO_PATHS, ...FS_EXTRA_ONE, ...FS_EXTRA_TWO].filter((n) => !READING_PATH_CALLS.has(n)));

/**
 * The calls that write a file of the given name, or make a folder, and
 * nothing else: no delete, move, copy or mode change (a fixed name under a
 * chosen folder is that file, created or overwritten).
 */
export const CREATING_PATH_CALLS: ReadonlySet<string> = new Set([
  "writeFile", "writeFileSync", "appendFile", "appendFileSync", "createWriteStream", "mkdir", "mkdirSync",
  "outputFile", "outputFileSync", "outputJson", "outputJsonSync", "outputJSON", "writeJson", "writeJsonSync", "writeJSON",
  "ensureDir", "ensureDirSync", "mkdirp", "mkdirpSync", "mkdirs", "mkdirsSync", "ensureFile", "ensureFileSync",
]);

function pathSinks(pkg: string, prefix: string, one: readonly string[], two: readonly string[]): SinkRow[] {
  const p = prefix ? `${prefix}.` : "";
  return [
    { package: pkg, path: `${p}Member[${one.join(",")}].Argument[0]`, kind: "path-traversal", destination: "Argument[0]", note: `${pkg} file APIs taking a path` },
    { package: pkg, path: `${p}Member[${two.join(",")}].Argument[0]`, kind: "path-traversal", destination: "Argument[0]", note: `${pkg} copy/rename/link source` },
    { package: pkg, path: `${p}Member[${two.join(",")}].Argument[1]`, kind: "path-traversal", destination: "Argument[1]", note: `${pkg} copy/rename/link target` },
  ];
}

/** Express-style apps: `app.get(route, (req, res) => res.sendFile(p))`. */
const ROUTE_METHODS = "Member[get,post,put,patch,delete,all,use]";

/** `path.join(a, b)` and friends: the result carries every argument (the engine may not look inside node's path module). */
const PATH_STEPS: StepRow[] = ["join", "resolve", "normalize", "relative", "basename", "dirname", "extname", "toNamespacedPath"].flatMap((fn) =>
  ["path", "path/posix", "path/win32"].map((pkg) => ({ package: pkg, path: `Member[${fn}]`, input: "Argument[0..]", output: "ReturnValue", note: `path.${fn} carries its arguments` })),
);

export const fsPathsModel: LibraryModel = {
  sinks: [
    ...pathSinks("fs", "", ONE_PATH, TWO_PATHS),
    ...pathSinks("fs", "Member[promises]", ONE_PATH, TWO_PATHS),
    ...pathSinks("fs/promises", "", ONE_PATH, TWO_PATHS),
    ...pathSinks("graceful-fs", "", ONE_PATH, TWO_PATHS),
    ...pathSinks("fs-extra", "", [...ONE_PATH, ...FS_EXTRA_ONE], [...TWO_PATHS, ...FS_EXTRA_TWO]),
    ...pathSinks("fs-extra", "Member[promises]", ONE_PATH, TWO_PATHS),

    // Express: the response sends the file at the path (an absolute path or `root` option is needed; neither contains it).
    { package: "express", path: `ReturnValue.${ROUTE_METHODS}.Argument[1..].Parameter[1].Member[sendFile,download].Argument[0]`, kind: "path-traversal", destination: "Argument[0]", note: "express res.sendFile / res.download" },
    { package: "express", path: `Member[Router].ReturnValue.${ROUTE_METHODS}.Argument[1..].Parameter[1].Member[sendFile,download].Argument[0]`, kind: "path-traversal", destination: "Argument[0]", note: "express Router res.sendFile / res.download" },

    // Archive extraction: the output folder is a sink; the entries' own names are the zip-slip risk the extractor must guard.
    { package: "tar", path: "Member[x,extract].Argument[0].Member[cwd,C]", kind: "path-traversal", destination: "Argument[0].Member[cwd,C]", note: "tar.x extracts into cwd" },
    { package: "tar", path: "Member[x,extract].Argument[0].Member[file,f]", kind: "path-traversal", destination: "Argument[0].Member[file,f]", note: "tar.x reads the archive at file" },
    { package: "adm-zip", path: "Instance.Member[extractAllTo,extractAllToAsync,extractEntryTo].Argument[0]", kind: "path-traversal", destination: "Argument[0]", note: "adm-zip extracts into this folder (zip entries with ../ escape it in old versions)" },
    { package: "adm-zip", path: "Argument[0]", kind: "path-traversal", destination: "Argument[0]", note: "new AdmZip(path) reads the archive at path" },
    { package: "unzipper", path: "Member[Extract].Argument[0].Member[path]", kind: "path-traversal", destination: "Argument[0].Member[path]", note: "unzipper.Extract({ path }) writes under path" },
    { package: "extract-zip", path: "Argument[1].Member[dir]", kind: "path-traversal", destination: "Argument[1].Member[dir]", note: "extract-zip(zip, { dir }) writes under dir" },
    { package: "extract-zip", path: "Argument[0]", kind: "path-traversal", destination: "Argument[0]", note: "extract-zip reads the archive at this path" },
  ],
  steps: PATH_STEPS,
};
