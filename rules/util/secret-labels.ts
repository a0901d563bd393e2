// Which flow labels are secrets: the credential sources of the credentials
// models (env reads named like secrets, credential files and commands,
// hardcoded tokens). The whole environment is environment-dump's, not ours.
import { type Flow, type Label, PROPERTY_NAMES, type TaintResult, URL_ADDRESS } from "../../analyzer/taint/spec.js";
import { SECRET_MASKED } from "../models/masking.js";
import { CREDENTIAL_COMMAND_KIND, CREDENTIAL_FILE_KIND } from "../models/credential-files.js";
import { ENV_KIND, READ_FROM_PATH } from "../models/env.js";
import { isSecretName, mayNameASecretFile } from "../models/secret-names.js";

const HARDCODED_SECRET_KIND = "hardcoded-secret";
/** The sink kind of file APIs' path arguments (rules/models/fs-paths.ts). */
const PATH_TRAVERSAL_KIND = "path-traversal";

export function isSecretLabel(label: Label): boolean {
  if (label.kind === ENV_KIND) return isSecretName(label.name);
  return label.kind === CREDENTIAL_FILE_KIND || label.kind === CREDENTIAL_COMMAND_KIND || label.kind === HARDCODED_SECRET_KIND;
}

const pathNamesOf = new WeakMap<TaintResult, ReadonlySet<string>>();
/** Marks after which a value reaching a path is not the variable's own value. */
const NOT_A_PATH_USE: readonly string[] = [READ_FROM_PATH, SECRET_MASKED, URL_ADDRESS, PROPERTY_NAMES, "*"];

/**
 * Env vars of ambiguous name (`*_CREDENTIALS`, `*_PRIVATE_KEY`) whose value is
 * used as a file's path: the value itself reaches the path argument of a file
 * API (not a property of it, not inside a larger value, not read from another
 * file). Their value says where the secret is; the file holds it.
 */
export function envVarsUsedAsPaths(taint: TaintResult): ReadonlySet<string> {
  let names = pathNamesOf.get(taint);
  if (names) return names;
  const found = new Set<string>();
  for (const hit of taint.hitsOf(PATH_TRAVERSAL_KIND)) {
    for (const f of hit.flows) {
      // A digest or mask of a key in a file name (a cache file per key) does not make the key a path.
      if (f.label.kind !== ENV_KIND || f.whole || f.member || f.field !== undefined || f.sanitizedFor.some((k) => NOT_A_PATH_USE.includes(k))) continue;
      if (isSecretName(f.label.name) && mayNameASecretFile(f.label.name)) found.add(f.label.name);
    }
  }
  names = found;
  pathNamesOf.set(taint, names);
  return names;
}

/**
 * True when the flow carries a secret's value: a secret label, unless it is an
 * env var used as a file's path and the flow carries the path (not what was
 * read from the file).
 */
export function carriesSecretValue(flow: Flow, taint: TaintResult): boolean {
  if (!isSecretLabel(flow.label)) return false;
  if (flow.label.kind !== ENV_KIND || flow.sanitizedFor.includes(READ_FROM_PATH)) return true;
  return !envVarsUsedAsPaths(taint).has(flow.label.name);
}

/** "OPENAI_API_KEY", "~/.aws/credentials", "a hardcoded GitHub token". */
export function describeSecret(label: Label): string {
  if (label.kind === HARDCODED_SECRET_KIND) return `a hardcoded ${label.name}`;
  return label.name;
}

/**
 * False when the flow is a property read from a value that carries a secret
 * as a blob (a config object or a client built with the key, a parsed file)
 * and no property read names a secret: `config.email`, `account.baseUrl`,
 * `settings.defaultWorkspace` are the object's other values, not its key;
 * `config.apiToken`, `{ space: s.space, token: s.token }` carry the key.
 */
export function fieldMayHoldSecret(flow: Flow): boolean {
  if (flow.field === undefined) return true;
  return [flow.field, flow.subfield, ...(flow.fields ?? [])].some((name) => name !== undefined && isSecretName(name));
}
