// What makes a secret safe to show: masking helpers that keep at most a few
// characters, redact/sanitize helpers that replace the value, a hash. The
// rows serve library helpers; `isMaskingCall` recognizes the helpers people
// write themselves (`maskKey(key)`, `key.slice(0, 4) + "..."`), which no row
// can name.
import type { TSESTree } from "@typescript-eslint/types";
import { calleeName, memberChain, propertyName, unwrapExpression } from "../../analyzer/parse/ast.js";
import type { LibraryModel, SanitizerRow } from "../../analyzer/taint/spec.js";

/** Sanitizer kind: the value no longer reveals the secret it came from. */
export const SECRET_MASKED = "secret-masked";

/** At most this many characters of a secret may be kept: enough to tell keys apart, too few to use one. */
export const MAX_KEPT_CHARACTERS = 6;

/**
 * A leading slice may keep a few more: a key's first characters are mostly its
 * vendor's fixed prefix (`ghp_`, `xoxb-`, `sk-proj-` are 4 to 8 characters,
 * public and the same in every key), so `key.slice(0, 10)` shows that prefix
 * plus two to six characters of the random part, and every key format we know
 * keeps at least 20 random characters after it. Ten is the bound, not more:
 * past it a short password (8 to 12 characters, no fixed prefix) would be
 * printed nearly whole.
 */
export const MAX_KEPT_PREFIX = 10;

/**
 * A leading slice of up to this many characters hides a token or an API key,
 * though not a password: keys and tokens are issued by their service, and
 * every format we know has at least 28 characters (a vendor prefix of at most
 * 8, then 20 or more random ones), so the first 12 leave at least 16 random
 * characters, over 90 bits nobody guesses. A password is chosen by a person
 * and may be short: MAX_KEPT_PREFIX bounds it. Which secret the slice came
 * from is known only at the sink, so such a slice is marked KEY_PREFIX_KEPT
 * and the rules judge it by the secret's name. (Twenty characters is a
 * finding: corpus/key-prefix-debug-logged.)
 */
export const MAX_KEPT_KEY_PREFIX = 12;

/** Sanitizer kind: the value keeps a leading slice of 11 to MAX_KEPT_KEY_PREFIX characters of what it came from. */
export const KEY_PREFIX_KEPT = "secret-key-prefix-kept";

/**
 * A leading slice of up to this many characters hides a token of a vendor
 * whose tokens are long (Vendor.minTokenLength of 100 or more): what is left
 * is still over 75 random characters. Judged at the sink, by the secret's
 * vendor, as KEY_PREFIX_KEPT is.
 */
export const MAX_KEPT_LONG_TOKEN_PREFIX = 24;

/** Sanitizer kind: the value keeps a leading slice of MAX_KEPT_KEY_PREFIX + 1 to MAX_KEPT_LONG_TOKEN_PREFIX characters. */
export const LONG_TOKEN_PREFIX_KEPT = "secret-long-token-prefix-kept";

/** Names of helpers that hide a value: maskKey, redactSecrets, sanitizeHeaders, obfuscate, scrub, censor. */
const MASKING_NAME = /^(?:_*)(?:mask|redact|sanitiz|sanitis|obfuscat|scrub|censor|anonymi[sz]|hideSecret|hide(?:Key|Token)|hash|fingerprint|truncateSecret|safe(?:Key|Token|Secret))/i;

const HTTP_METHODS = "get,post,put,patch,delete,head,options,request,postForm,putForm,patchForm,del";

/**
 * What an HTTP call returns is the server's answer, not the request: it does
 * not carry the Authorization header the call was made with. (Without these
 * rows the engine's default, "a library call's result carries its arguments",
 * would make every API response a copy of the key.)
 */
function responseRows(pkg: string, clients: string[], callable: boolean): SanitizerRow[] {
  return clients.flatMap((client) => [
    ...(callable ? [{ package: pkg, path: client, kinds: [SECRET_MASKED], note: `${pkg} response` }] : []),
    { package: pkg, path: [client, `Member[${HTTP_METHODS}]`].filter(Boolean).join("."), kinds: [SECRET_MASKED], note: `${pkg} response` },
  ]);
}

export const MASKING_MODEL: LibraryModel = {
  sanitizers: [
    { package: "global", path: "Member[fetch]", kinds: [SECRET_MASKED], note: "a fetch Response" },
    { package: "undici", path: "Member[fetch,request]", kinds: [SECRET_MASKED], note: "an undici response" },
    ...responseRows("node-fetch", ["", "Member[default]"], true),
    ...responseRows("cross-fetch", [""], true),
    ...responseRows("axios", ["", "Member[default]", "Member[create].ReturnValue"], true),
    ...responseRows("got", ["", "Member[default]", "Member[extend].ReturnValue"], true),
    ...responseRows("ky", ["", "Member[default]", "Member[create,extend].ReturnValue"], true),
    ...responseRows("superagent", [""], false),
    { package: "crypto", path: "Member[createHash].ReturnValue.Member[update].ReturnValue.Member[digest]", kinds: [SECRET_MASKED], note: "a hash does not reveal the key" },
    { package: "crypto", path: "Member[createHmac].ReturnValue.Member[update].ReturnValue.Member[digest]", kinds: [SECRET_MASKED], note: "an HMAC does not reveal the key" },
    // Key derivation is one-way too: the derived bytes (and any slice of them) do not give back the password.
    { package: "crypto", path: "Member[pbkdf2Sync,scryptSync,hkdfSync]", kinds: [SECRET_MASKED], note: "a derived key does not reveal the password" },
    { package: "crypto", path: "Member[pbkdf2,scrypt,hkdf]", kinds: [SECRET_MASKED], note: "the derived key handed to the callback does not reveal the password" },
    { package: "bcrypt", path: "Member[hash,hashSync]", kinds: [SECRET_MASKED], note: "a password hash" },
    { package: "bcryptjs", path: "Member[hash,hashSync]", kinds: [SECRET_MASKED], note: "a password hash" },
    { package: "argon2", path: "Member[hash]", kinds: [SECRET_MASKED], note: "a password hash" },
    { package: "crypto", path: "Member[subtle].Member[digest,sign,deriveBits,deriveKey]", kinds: [SECRET_MASKED], note: "WebCrypto digests, signatures and derived keys" },
    { package: "global", path: "Member[crypto].Member[subtle].Member[digest,sign,deriveBits,deriveKey]", kinds: [SECRET_MASKED], note: "WebCrypto digests, signatures and derived keys" },
    // A signer made from a private key keeps the key inside its signing functions (viem) or as a non-extractable CryptoKey (@solana/kit):
    // the object's fields are the address and public key, and what it signs does not reveal the key. (ethers' Wallet keeps `.privateKey`: no row.)
    // `viem/accounts`: the engine names a deep import by its package.
    { package: "viem", path: "Member[privateKeyToAccount,mnemonicToAccount,hdKeyToAccount]", kinds: [SECRET_MASKED], note: "a viem local account: address, publicKey and signing functions, no key field" },
    ...["@solana/kit", "@solana/signers"].map((pkg): SanitizerRow => ({ package: pkg, path: "Member[createKeyPairSignerFromBytes,createKeyPairSignerFromPrivateKeyBytes]", kinds: [SECRET_MASKED], note: "a Solana key-pair signer: address and a non-extractable CryptoKey pair" })),
    { package: "fast-redact", path: "ReturnValue", kinds: [SECRET_MASKED], note: "fast-redact's serializer replaces the configured paths" },
    { package: "fast-redact", path: "Member[default].ReturnValue", kinds: [SECRET_MASKED], note: "fast-redact as an ESM default import" },
  ],
  // A signed token carries what it signs, in the clear (a JWT's payload is base64), and a signature made
  // with the key, which does not give the key back: the token has the payload's taint, not the key's.
  steps: ["", "Member[default]"].map((base) => ({
    package: "jsonwebtoken",
    path: [base, "Member[sign]"].filter(Boolean).join("."),
    input: "Argument[0]",
    output: "ReturnValue",
    note: "jwt.sign(payload, key): the token is the readable payload and a signature",
  })),
};

function numberValue(node: TSESTree.Node | undefined): number | undefined {
  if (!node) return undefined;
  const n = unwrapExpression(node);
  if (n.type === "Literal" && typeof n.value === "number") return n.value;
  if (n.type === "UnaryExpression" && n.operator === "-") {
    const v = numberValue(n.argument);
    return v === undefined ? undefined : -v;
  }
  return undefined;
}

/** A name for `a.b.c` (identifiers and `this` only), to tell one receiver from another. */
function pathText(node: TSESTree.Node): string | undefined {
  const chain = memberChain(node);
  if (!chain) return undefined;
  const root = chain.root.type === "Identifier" ? chain.root.name : chain.root.type === "ThisExpression" ? "this" : undefined;
  return root === undefined ? undefined : [root, ...chain.names].join(".");
}

/** `s.slice(s.length - 4)`, `s.substring(s.length - 4)`: the last N characters of s itself; N, else undefined. */
function keptFromEnd(call: TSESTree.CallExpression, start: TSESTree.Node | undefined): number | undefined {
  if (!start || call.callee.type !== "MemberExpression") return undefined;
  const n = unwrapExpression(start);
  if (n.type !== "BinaryExpression" || n.operator !== "-" || n.left.type !== "MemberExpression" || propertyName(n.left) !== "length") return undefined;
  const receiver = pathText(call.callee.object);
  if (receiver === undefined || receiver !== pathText(n.left.object)) return undefined;
  const kept = numberValue(n.right);
  return kept !== undefined && kept >= 0 ? kept : undefined;
}

/** The number of leading characters `s.slice(0, n)`, `s.substring(0, n)`, `s.substr(0, n)` keeps; undefined for any other call. */
function leadingSliceLength(call: TSESTree.CallExpression): number | undefined {
  const name = calleeName(call);
  if (name !== "slice" && name !== "substring" && name !== "substr") return undefined;
  const [a, b] = call.arguments;
  if (numberValue(a) !== 0) return undefined;
  const end = numberValue(b);
  return end !== undefined && end >= 0 ? end : undefined;
}

/** `s.slice(0, 10)`, `s.substring(0, 4)`, `s.substr(0, 4)`, `s.slice(-4)`, `s.slice(s.length - 4)`: keeps a few characters (a leading slice up to MAX_KEPT_PREFIX, any other up to MAX_KEPT_CHARACTERS). */
function keepsFewCharacters(call: TSESTree.CallExpression): boolean {
  const name = calleeName(call);
  if (name !== "slice" && name !== "substring" && name !== "substr") return false;
  const [a, b] = call.arguments;
  const start = numberValue(a);
  const end = numberValue(b);
  if (start === undefined) {
    const kept = b === undefined ? keptFromEnd(call, a) : undefined;
    return kept !== undefined && kept <= MAX_KEPT_CHARACTERS;
  }
  if (b === undefined) return start < 0 && -start <= MAX_KEPT_CHARACTERS;
  if (end === undefined) return false;
  const kept = name === "substr" ? end : end - start;
  return start >= 0 && kept >= 0 && kept <= (start === 0 ? MAX_KEPT_PREFIX : MAX_KEPT_CHARACTERS);
}

/** `s.replace(/./g, "*")`, `s.replaceAll(/\w/g, "•")`: every character replaced. */
function replacesEverything(call: TSESTree.CallExpression): boolean {
  const name = calleeName(call);
  if (name !== "replace" && name !== "replaceAll") return false;
  const pattern = call.arguments[0];
  if (!pattern || pattern.type !== "Literal" || !("regex" in pattern) || !pattern.regex) return false;
  return pattern.regex.flags.includes("g") && /^(?:\.|\\w|\[\^?[^\]]*\]|\\S)[+*]?$/.test(pattern.regex.pattern);
}

/**
 * True when the call hides the value it is given: a helper named for masking
 * or redacting, a slice that keeps a few characters (keepsFewCharacters), a
 * replace of every character.
 */
export function isMaskingCall(call: TSESTree.CallExpression): boolean {
  const name = calleeName(call);
  if (name !== undefined && MASKING_NAME.test(name)) return true;
  return keepsFewCharacters(call) || replacesEverything(call);
}

/** Reads that say something about a secret without revealing it: `key.length`. */
export function isNonRevealingRead(member: TSESTree.MemberExpression): boolean {
  const chain = memberChain(member);
  const last = chain?.names[chain.names.length - 1];
  return last === "length";
}

/**
 * Methods of OAuth clients that build the authorization (consent) URL:
 * google-auth-library's `generateAuthUrl`, openid-client's `authorizationUrl`,
 * simple-oauth2's `authorizeURL`. An authorization request (RFC 6749, 4.1.1)
 * names the client by `client_id`, `redirect_uri`, `scope` and `state`; the
 * client secret is only ever sent to the token endpoint, so the URL does not
 * carry the secret the client was configured with.
 */
const AUTHORIZATION_URL_METHOD = /^(?:generateAuthU(?:rl|RL)|(?:get|build|generate|create)?[aA]uthori[sz]ationU(?:rl|RL)|authori[sz]eU(?:rl|RL))$/;

/** `oauth2Client.generateAuthUrl({ scope })`: a method of a client object, not a function of the package's own naming. */
export function buildsAuthorizationUrl(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === "MemberExpression" && AUTHORIZATION_URL_METHOD.test(propertyName(callee) ?? "");
}

/**
 * A predicate, by the naming every JavaScript library follows (`client.isReady()`, `session.hasScope(s)`,
 * `Array.isArray(x)`, `user.canEdit()`): its result is a boolean, and a boolean says whether, not what.
 * The engine's default for a library method it cannot see into ("the result carries the receiver") would
 * make `client.isReady()` a copy of the token stored on the client.
 */
const PREDICATE_NAME = /^(?:is|has|can|should)[A-Z]/;

export function isPredicateCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === "MemberExpression" && PREDICATE_NAME.test(propertyName(callee) ?? "");
}

/** For the engine's `sanitizingCalls`: a masking call's result no longer reveals a secret. */
export function maskingCallKinds(call: TSESTree.CallExpression | TSESTree.NewExpression): readonly string[] {
  if (call.type !== "CallExpression") return NO_KINDS;
  if (isMaskingCall(call) || buildsAuthorizationUrl(call) || isPredicateCall(call)) return MASKED_KINDS;
  const kept = leadingSliceLength(call);
  if (kept === undefined || kept > MAX_KEPT_LONG_TOKEN_PREFIX) return NO_KINDS;
  return kept <= MAX_KEPT_KEY_PREFIX ? KEY_PREFIX_KINDS : LONG_TOKEN_PREFIX_KINDS;
}
const MASKED_KINDS: readonly string[] = [SECRET_MASKED];
const KEY_PREFIX_KINDS: readonly string[] = [KEY_PREFIX_KEPT];
const LONG_TOKEN_PREFIX_KINDS: readonly string[] = [LONG_TOKEN_PREFIX_KEPT];
const NO_KINDS: readonly string[] = [];
