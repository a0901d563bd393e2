// Provider token formats: a string literal matching one is a hardcoded
// credential (hardcoded-secret), and analyzer/mask.ts masks the same shapes in
// every snippet and message. One list for both, so a format we can find is a
// format we never print.
import type { LiteralSourceRow } from "../../analyzer/taint/spec.js";

/**
 * Documentation placeholders in a token's own characters (`ghp_xxxxxx…`,
 * `AKIAIOSFODNN7EXAMPLE`, `sk-your-key`): checked at the match start, so a
 * placeholder is never a source for any rule.
 */
const NOT_A_PLACEHOLDER = "(?![\\w./+=-]*?(?:x{6}|X{6}|0{8}|\\*{4}|EXAMPLE|[Ee]xample|[Yy]our[_-]|YOUR_|[Pp]laceholder|REDACTED))";

/** Each format's pattern without the placeholder check in front, for the prefilter below. */
const cores: RegExp[] = [];

const row = (name: string, pattern: RegExp, note?: string): LiteralSourceRow => {
  cores.push(pattern);
  return {
    kind: "hardcoded-secret",
    name,
    pattern: new RegExp(NOT_A_PLACEHOLDER + pattern.source, pattern.flags),
    ...(note ? { note } : {}),
  };
};

/** Patterns carry no `g` flag (mask.ts adds it); they match anywhere in the literal. */
export const SECRET_FORMATS: readonly LiteralSourceRow[] = [
  row("GitHub personal access token", /\bghp_[A-Za-z0-9]{36}\b/),
  row("GitHub OAuth token", /\bgh[ousr]_[A-Za-z0-9]{36}\b/, "gho_ OAuth, ghu_ user-to-server, ghs_ server-to-server, ghr_ refresh"),
  row("GitHub fine-grained token", /\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b/),
  row("GitLab personal access token", /\bglpat-[A-Za-z0-9_-]{20,}/),
  row("npm access token", /\bnpm_[A-Za-z0-9]{36}\b/),
  row("AWS access key id", /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/),
  row("AWS secret access key", /\baws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}\b/i),
  row("Slack token", /\bxox[abposr]-[A-Za-z0-9-]{10,}/),
  row("Slack webhook URL", /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{20,}/),
  row("Stripe secret key", /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/),
  row("OpenAI API key", /\bsk-(?:proj-|svcacct-|admin-)[A-Za-z0-9_-]{40,}/),
  row("OpenAI API key (legacy)", /\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b/),
  row("API key with an sk- prefix", /\bsk-[A-Za-z0-9]{32,}\b/, "OpenAI project-less keys, DeepSeek, Moonshot and others share this shape"),
  row("Anthropic API key", /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}/),
  row("Google API key", /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/),
  row("Google OAuth client secret", /\bGOCSPX-[A-Za-z0-9_-]{28}/),
  row("Private key", /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----(?:\s|\\[nr])*[A-Za-z0-9+/=]{40,}(?:[A-Za-z0-9+/=\s]|\\[nr])*/, "a header alone (PEM parsers carry those) is not a key"),
  row("Hugging Face token", /\bhf_[A-Za-z0-9]{34,}\b/),
  row("SendGrid API key", /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/),
  row("Discord bot token", /\b[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}\b/),
  row("Discord webhook URL", /https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[A-Za-z0-9_-]{60,}/),
  row("Telegram bot token", /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/),
  row("Shopify access token", /\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b/),
  row("Notion integration token", /\b(?:secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{46})\b/),
  row("Linear API key", /\blin_api_[A-Za-z0-9]{40}\b/),
  row("Atlassian API token", /\bATATT3[A-Za-z0-9_=-]{180,}/),
  row("Groq API key", /\bgsk_[A-Za-z0-9]{52}\b/),
  row("Perplexity API key", /\bpplx-[A-Za-z0-9]{48}\b/),
  row("xAI API key", /\bxai-[A-Za-z0-9]{80}\b/),
  row("Replicate API token", /\br8_[A-Za-z0-9]{37}\b/),
  row("Tavily API key", /\btvly-(?:dev-)?[A-Za-z0-9]{32}\b/),
  row("Firecrawl API key", /\bfc-[a-f0-9]{32}\b/),
  row("PyPI token", /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/),
  row("Sentry auth token", /\b(?:sntrys_[A-Za-z0-9+/=_-]{50,}|sntryu_[a-f0-9]{64}\b)/),
  row("Postman API key", /\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b/),
  row("DigitalOcean token", /\bdo[pro]_v1_[a-f0-9]{64}\b/),
  row("Supabase access token", /\bsbp_[a-f0-9]{40}\b/),
  row("Mailchimp API key", /\b[0-9a-f]{32}-us\d{1,2}\b/),
  row("Square access token", /\b(?:EAAA[A-Za-z0-9_-]{60}|sq0(?:atp|csp)-[A-Za-z0-9_-]{22,43})\b/),
  row("Azure storage account key", /AccountKey=[A-Za-z0-9+/]{86}==/),
  row(
    "Database URL with password",
    /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?):\/\/[^\s:@/'"`]+:(?!(?:password|pass|passwd|secret|changeme|example|test|postgres|root|admin|xxx+|\*+)@)[^\s:@/'"`$<{]{3,}@(?!localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|db[:/]|postgres[:/]|mysql[:/]|mongo[:/]|redis[:/])[^\s'"`]+/,
    "placeholder passwords and local development hosts are left out",
  ),
];

/**
 * False when no format can match anywhere in the text: one pass of all formats'
 * patterns as an alternation (without the placeholder look-ahead, which a match
 * of the full pattern also satisfies). Testing every literal of a 5 MB bundle
 * against each format in turn costs ten times more, and almost no literal is a
 * token. Check before looping over SECRET_FORMATS; a true answer still needs
 * each format's own test.
 */
export function mayContainSecretFormat(text: string): boolean {
  return ANY_FORMAT.some((re) => re.test(text));
}

/** The cores grouped by flags (a case-insensitive format cannot share an alternation with the rest). */
const ANY_FORMAT: RegExp[] = [...new Set(cores.map((c) => c.flags.replace(/[gy]/g, "")))].map(
  (flags) =>
    new RegExp(
      cores
        .filter((c) => c.flags.replace(/[gy]/g, "") === flags)
        .map((c) => `(?:${c.source})`)
        .join("|"),
      flags,
    ),
);

/**
 * Documentation placeholders in a provider's format: `ghp_xxxx…`, AWS's
 * `AKIAIOSFODNN7EXAMPLE`, `sk_test_1234567890…`. Shipping these is not a leak.
 */
export function isPlaceholderSecret(value: string): boolean {
  if (/example|your[_-]|placeholder|dummy|redacted|xxxx|\*\*\*\*|0{8}|1234567890|abcdef12|\.\.\./i.test(value)) return true;
  const body = value.replace(/^[A-Za-z]{2,8}[_-]/, "");
  return new Set(body).size < 8;
}
