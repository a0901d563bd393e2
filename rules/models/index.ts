// Library models as data (STYLE.md, CodeQL models-as-data). Each file holds
// rows for one family of APIs; the engine interprets them, rules select by kind.
import type { LibraryModel } from "../../analyzer/taint/spec.js";
import { codeModel } from "./code.js";
import { credentialFilesModel } from "./credential-files.js";
import { envModel } from "./env.js";
import { fileWritesModel } from "./file-writes.js";
import { fsPathsModel } from "./fs-paths.js";
import { httpServerModel } from "./http-server.js";
import { networkModel } from "./network.js";
import { processModel } from "./process.js";
import { SECRET_FORMATS } from "./secret-formats.js";
import { sqlModel } from "./sql.js";

export const ALL_MODELS: LibraryModel[] = [
  processModel,
  fsPathsModel,
  sqlModel,
  codeModel,
  httpServerModel,
  envModel,
  credentialFilesModel,
  networkModel,
  fileWritesModel,
  { literals: [...SECRET_FORMATS] },
];
