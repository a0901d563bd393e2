// Rule documentation assembled from rule metadata, for SARIF help, the
// Markdown report and docs/rules.md. One place turns `RuleMeta` into prose so
// every output explains a rule the same way.
import type { RuleMeta, Threat } from "../rules/types.js";

/** The threats of the README in one line each: the "which threat" part of a rule's help. */
export const THREAT_TEXT: Record<Threat, { title: string; text: string }> = {
  "malicious-server": {
    title: "Malicious server",
    text: "the server itself is written to steal: it reads what it can reach and sends it somewhere its user never agreed to.",
  },
  "prompt-injection": {
    title: "Prompt injection",
    text: "text the model reads (a web page, an issue, a tool description) chooses the tool's arguments, so every argument is attacker-controlled.",
  },
  "over-broad-permissions": {
    title: "Over-broad permissions",
    text: "a tool can do more than its name and annotations promise, so a client that trusts them grants too much.",
  },
  "credential-leakage": {
    title: "Credential leakage",
    text: "an honest server lets a token slip into logs, tool output or a URL, where the model, other tools or log collectors can read it.",
  },
  "supply-chain": {
    title: "Supply chain",
    text: "the package, not its tools, is the risk: it runs code at install, hides what it does, or pulls in code with known holes.",
  },
};

export function cweUrl(n: number): string {
  return `https://cwe.mitre.org/data/definitions/${n}.html`;
}

/** Full help in Markdown: the rule's own help (why, fix, example), then the threat and references. */
export function ruleHelpMarkdown(meta: RuleMeta): string {
  const threat = THREAT_TEXT[meta.threat];
  const parts = [meta.help.trim(), "", `**Threat: ${threat.title}.** ${capitalize(threat.text)}`];
  if (meta.cwe && meta.cwe.length > 0) {
    parts.push("", `**References.** ${meta.cwe.map((n) => `[CWE-${n}](${cweUrl(n)})`).join(", ")}`);
  }
  return parts.join("\n");
}

/** The same help as plain text, for consumers that show no Markdown. */
export function ruleHelpText(meta: RuleMeta): string {
  return markdownToText(ruleHelpMarkdown(meta));
}

/** A small Markdown-to-text pass for our own help strings: emphasis and code marks go, links keep their target. */
export function markdownToText(md: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of md.split("\n")) {
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(`    ${line}`);
      continue;
    }
    out.push(
      line
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)")
        .replace(/\*\*([^*]+)\*\*/g, "$1")
        .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, "$1$2")
        .replace(/`([^`]+)`/g, "$1"),
    );
  }
  return out.join("\n");
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
