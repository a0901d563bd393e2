// Signs that a text shown to the model (a tool description, a parameter
// description, server instructions) carries instructions aimed at the model
// rather than a description of the tool. Each signal is a fact with a quote;
// the rule decides what combination is a finding. Honest descriptions are
// imperative too ("Use this tool to read a file", "Important: paths must be
// absolute"), so urgency and mentions of parameters or other tools only count
// next to something stronger.

export type SignalStrength = "strong" | "target" | "weak";

export interface Signal {
  id: string;
  strength: SignalStrength;
  /** What was found, for the message (short, never a whole description). */
  evidence: string;
}

interface Pattern {
  id: string;
  strength: SignalStrength;
  what: string;
  re: RegExp;
}

const PATTERNS: Pattern[] = [
  // Blocks a client UI renders as markup or hides, addressed to the model.
  { id: "hidden-block", strength: "strong", what: "an instruction block", re: /<\s*\/?\s*(important|system|sys|hidden|secret|admin|override|critical|assistant[_-]?instructions|ai[_-]?instructions|instructions[_-]?for[_-]?(?:the[_-]?)?(?:ai|model|assistant))\b[^>]{0,40}>|<<\s*SYS\s*>>|\[\/?\s*(?:INST|SYSTEM)\s*\]|<\|im_start\|>/i },
  { id: "hidden-block", strength: "strong", what: "an HTML comment", re: /<!--[\s\S]{4,}?-->/ },
  { id: "override", strength: "strong", what: "an instruction override", re: /\b(ignore|disregard|forget|override)\b[^.\n]{0,30}\b(previous|prior|above|earlier|all|other|any|your|system)\b[^.\n]{0,20}\b(instructions?|prompts?|rules|directions|guidelines|messages)\b|\byou are now\b|\bnew instructions?\s*:/i },
  { id: "concealment", strength: "strong", what: "concealment from the user", re: /\b(do not|don't|never|must not|should not|shouldn't)\s+(tell|inform|mention|reveal|show|notify|alert|let|disclose|explain)\b[^.\n]{0,20}\b(user|human|anyone|them)\b|\bwithout (telling|informing|notifying|alerting|asking|showing)\b[^.\n]{0,10}\b(the )?(user|human)\b|\b(keep|hide) (this|it|these)\b[^.\n]{0,20}\b(secret|hidden|confidential|private)\b|\bthe (user|human) (must|should|will) (not|never) (know|see|notice|be told)\b|\b(secretly|covertly)\b/i },
  { id: "exfil-directive", strength: "strong", what: "a directive to send data to a fixed recipient", re: /\b(send|forward|copy|bcc|cc|upload|post|email|mail)\b[^.\n]{0,60}\bto\s+(?:[\w.+-]+@[\w-]+\.[\w.-]+|https?:\/\/\S+)|\b(always|also)\s+(bcc|cc)\b/i },
  // What a poisoned description asks the model to fetch.
  { id: "secret-target", strength: "target", what: "a secret or private file", re: /~\/\.ssh|\bid_(rsa|ed25519|ecdsa)\b|\.aws\/credentials|\.npmrc\b|\.netrc\b|\.pgpass\b|\.docker\/config\.json|\.kube\/config|\/etc\/(passwd|shadow)\b|\bmcp\.json\b|claude_desktop_config|\.cursor\/|\bprivate keys?\b|\bapi[ _-]?keys?\b|\baccess tokens?\b|\bcredentials?\b|\bpasswords?\b|\bseed phrase\b|\bmnemonic\b|\bsystem prompt\b|\bconversation history\b|\bprevious messages\b|\bchat history\b|\.env\b/i },
  { id: "read-directive", strength: "weak", what: "a directive to read files first", re: /\b(before|first|prior to)\b[^.\n]{0,40}\b(read|cat|open|load|include|fetch)\b|\b(read|cat|open)\b[^.\n]{0,40}\b(and|then)\b[^.\n]{0,40}\b(pass|send|include|provide|put|add)\b/i },
  { id: "data-in-parameter", strength: "weak", what: "data to pass in a parameter", re: /\b(pass|put|include|provide|add|insert|append|embed|attach)\b[^.\n]{0,80}\b(as|in|into|inside|via|through)\s+(the\s+)?['"`]?[\w-]+['"`]?\s+(parameter|argument|field|param)\b|\bsidenote\b/i },
  { id: "other-tools", strength: "weak", what: "a directive about other tools or servers", re: /\b(other|all|any|every)\s+(tools?|servers?|mcp servers?)\b|\b(when|whenever|if)\b[^.\n]{0,40}\b(uses?|calls?|invokes?|using|calling)\b[^.\n]{0,40}\btool\b|\binstead of (using|calling)\b/i },
  { id: "urgency", strength: "weak", what: "urgent wording", re: /\b(IMPORTANT|CRITICAL|MANDATORY|REQUIRED|WARNING|ATTENTION)\b|\bVERY VERY\b|\b(must|always)\b[^.\n]{0,20}\b(first|before)\b/ },
];

/** Zero-width and formatting characters that render as nothing (ZWJ between emoji is allowed). */
const INVISIBLE = /[\u200B\u200C\u200E\u200F\u2060-\u2064\u206A-\u206F\uFEFF\u180E\u00AD]|(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/gu;
const TAGS = /[\u{E0000}-\u{E007F}]+/gu;
const BASE64_RUN = /[A-Za-z0-9+/]{80,}={0,2}/g;
const HEX_RUN = /\b(?:[0-9a-fA-F]{2}){40,}\b/g;
/** A URL written in the text: its path (`/profile/backend/<hex id>/flamegraph/`) is made of the same characters as base64. */
const URL_SPAN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>()[\]{}]+/gi;

/** Where the text's URLs lie, as [start, end) offsets. */
function urlSpans(text: string): [number, number][] {
  return [...text.matchAll(URL_SPAN)].map((m) => [m.index, m.index + m[0].length]);
}

function quote(text: string, index: number, length: number): string {
  const s = text.slice(Math.max(0, index), index + Math.min(length, 60)).replace(/\s+/g, " ").trim();
  return `"${s}${length > 60 ? "…" : ""}"`;
}

function codepoints(s: string): string {
  return [...new Set([...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`))].slice(0, 4).join(", ");
}

/** Tag characters U+E0020–E007E spell ASCII invisibly; decode them. */
export function decodeTags(s: string): string {
  return [...s].map((c) => {
    const cp = c.codePointAt(0)! - 0xe0000;
    return cp >= 0x20 && cp <= 0x7e ? String.fromCharCode(cp) : "";
  }).join("");
}

function printableShare(s: string): number {
  if (s.length === 0) return 0;
  let ok = 0;
  for (const ch of s) if (/[\x20-\x7e\n\t]/.test(ch)) ok++;
  return ok / s.length;
}

/** Every signal in a text; hidden content (tag characters, decoded blobs) is examined too and reported as such. */
export function instructionSignals(text: string, depth = 0): Signal[] {
  const out: Signal[] = [];
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (m) out.push({ id: p.id, strength: p.strength, evidence: `${p.what} ${quote(text, m.index, m[0].length)}` });
  }
  const invisible = text.match(INVISIBLE);
  if (invisible) out.push({ id: "invisible-unicode", strength: "strong", evidence: `${invisible.length} invisible character${invisible.length === 1 ? "" : "s"} (${codepoints(invisible.join(""))})` });
  const bidi = text.match(BIDI);
  if (bidi) out.push({ id: "bidi-override", strength: "strong", evidence: `bidirectional override characters (${codepoints(bidi.join(""))}) that reorder what is shown` });
  for (const m of text.matchAll(TAGS)) {
    const decoded = decodeTags(m[0]);
    out.push({ id: "tag-characters", strength: "strong", evidence: `invisible Unicode tag characters spelling ${JSON.stringify(decoded.slice(0, 120))}` });
    if (depth === 0) out.push(...instructionSignals(decoded, depth + 1).map((s) => ({ ...s, evidence: `hidden text has ${s.evidence}` })));
  }
  const urls = urlSpans(text);
  for (const m of text.matchAll(BASE64_RUN)) {
    const decoded = Buffer.from(m[0], "base64").toString("utf8");
    const readable = printableShare(decoded) > 0.9;
    // A run inside a URL that decodes to no text is the URL's path (ids, slugs), not something encoded; text hidden in a URL still counts.
    if (!readable && urls.some(([start, end]) => m.index >= start && m.index + m[0].length <= end)) continue;
    out.push({ id: "encoded-blob", strength: "strong", evidence: readable ? `a base64 blob that decodes to ${JSON.stringify(decoded.slice(0, 80))}` : `a ${m[0].length}-character base64 blob` });
    if (readable && depth === 0) out.push(...instructionSignals(decoded, depth + 1).map((s) => ({ ...s, evidence: `decoded blob has ${s.evidence}` })));
  }
  for (const m of text.matchAll(HEX_RUN)) {
    const decoded = Buffer.from(m[0], "hex").toString("utf8");
    if (printableShare(decoded) > 0.9) out.push({ id: "encoded-blob", strength: "strong", evidence: `a hex blob that decodes to ${JSON.stringify(decoded.slice(0, 80))}` });
  }
  return out;
}

export interface Verdict {
  poisoned: boolean;
  critical: boolean;
  signals: Signal[];
}

/**
 * A finding needs a strong signal, or a secret target together with a
 * directive (read it first, pass it in a parameter). Critical when two kinds
 * of strong signal meet, or a strong one meets a secret target.
 */
export function judge(signals: Signal[]): Verdict {
  const strong = new Set(signals.filter((s) => s.strength === "strong").map((s) => s.id));
  const target = signals.some((s) => s.strength === "target");
  const directive = signals.some((s) => s.id === "read-directive" || s.id === "data-in-parameter");
  const poisoned = strong.size > 0 || (target && directive);
  const critical = strong.size >= 2 || (strong.size >= 1 && target);
  return { poisoned, critical: poisoned && critical, signals };
}
