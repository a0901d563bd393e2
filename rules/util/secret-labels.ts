// Which flow labels are secrets: the credential sources of the credentials
// models (env reads named like secrets, credential files and commands,
// hardcoded tokens). The whole environment is environment-dump's, not ours.
import type { Label } from "../../analyzer/taint/spec.js";
import { CREDENTIAL_COMMAND_KIND, CREDENTIAL_FILE_KIND } from "../models/credential-files.js";
import { ENV_KIND } from "../models/env.js";
import { isSecretName } from "../models/secret-names.js";

const HARDCODED_SECRET_KIND = "hardcoded-secret";

export function isSecretLabel(label: Label): boolean {
  if (label.kind === ENV_KIND) return isSecretName(label.name);
  return label.kind === CREDENTIAL_FILE_KIND || label.kind === CREDENTIAL_COMMAND_KIND || label.kind === HARDCODED_SECRET_KIND;
}

/** "OPENAI_API_KEY", "~/.aws/credentials", "a hardcoded GitHub token". */
export function describeSecret(label: Label): string {
  if (label.kind === HARDCODED_SECRET_KIND) return `a hardcoded ${label.name}`;
  return label.name;
}
