// Library models as data (STYLE.md, CodeQL models-as-data). Each file holds
// rows for one family of APIs; the engine interprets them, rules select by kind.
import type { LibraryModel } from "../../analyzer/taint/spec.js";
import { browserModel } from "./browser.js";
import { codeModel } from "./code.js";
import { credentialFilesModel } from "./credential-files.js";
import { envModel } from "./env.js";
import { ERRORS_MODEL } from "./errors.js";
import { fileWritesModel } from "./file-writes.js";
import { fsPathsModel } from "./fs-paths.js";
import { httpServerModel } from "./http-server.js";
import { LOGGING_MODEL } from "./logging.js";
import { mailModel } from "./mail.js";
import { MASKING_MODEL } from "./masking.js";
import { mcpProtocolModel } from "./mcp-protocol.js";
import { networkModel, requestAuthenticationModel } from "./network.js";
import { networkResponsesModel } from "./network-responses.js";
import { processModel } from "./process.js";
import { SECRET_FORMATS } from "./secret-formats.js";
import { sqlModel } from "./sql.js";
import { threadsModel } from "./threads.js";

export const ALL_MODELS: LibraryModel[] = [
  processModel,
  fsPathsModel,
  sqlModel,
  codeModel,
  httpServerModel,
  mcpProtocolModel,
  envModel,
  credentialFilesModel,
  networkModel,
  requestAuthenticationModel,
  fileWritesModel,
  browserModel,
  mailModel,
  threadsModel,
  LOGGING_MODEL,
  MASKING_MODEL,
  // The thrown-error sources need the engine to know `Thrown`; the credential-configuration sinks work today.
  { sinks: ERRORS_MODEL.sinks },
  networkResponsesModel,
  { literals: [...SECRET_FORMATS] },
];
