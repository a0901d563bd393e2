// Writes of data into files. Kind `file-write`; `destination` is the file path.
// (Where a path comes from is the injection model's question, fs-paths.ts;
// this model asks what is written.)
import type { LibraryModel, SinkRow } from "../../analyzer/taint/spec.js";

export const FILE_WRITE_KIND = "file-write";

const write = (pkg: string, path: string, note: string, destination = "Argument[0]"): SinkRow => ({ package: pkg, path, kind: FILE_WRITE_KIND, destination, note });

export const fileWritesModel: LibraryModel = {
  sinks: [
    write("fs", "Member[writeFileSync,writeFile,appendFileSync,appendFile].Argument[1]", "fs write/append"),
    write("fs", "Member[promises].Member[writeFile,appendFile].Argument[1]", "fs.promises write/append"),
    write("fs/promises", "Member[writeFile,appendFile].Argument[1]", "fs/promises write/append"),
    write("fs", "Member[createWriteStream].ReturnValue.Member[write,end].Argument[0]", "write stream"),
    write("fs-extra", "Member[writeFile,writeFileSync,appendFile,appendFileSync,outputFile,outputFileSync,writeJson,writeJsonSync,outputJson,outputJsonSync,writeJSON,outputJSON].Argument[1]", "fs-extra write"),
  ],
};
