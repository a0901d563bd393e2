// Every rule, in catalog order (DESIGN.md). Adding a rule: write rules/<id>.ts,
// add it here, add positive and negative corpus cases.
import { codeInjection } from "./code-injection.js";
import { commandInjection } from "./command-injection.js";
import { covertRecipient } from "./covert-recipient.js";
import { credentialExfiltration } from "./credential-exfiltration.js";
import { credentialFileRead } from "./credential-file-read.js";
import { environmentDump } from "./environment-dump.js";
import { downloadAndExecute } from "./download-and-execute.js";
import { errorDetailEcho } from "./error-detail-echo.js";
import { hardcodedSecret } from "./hardcoded-secret.js";
import { installScript } from "./install-script.js";
import { secretInLog } from "./secret-in-log.js";
import { secretInToolOutput } from "./secret-in-tool-output.js";
import { secretInUrl } from "./secret-in-url.js";
import { obfuscatedCode } from "./obfuscated-code.js";
import { pathTraversal } from "./path-traversal.js";
import { silentProcess } from "./silent-process.js";
import { sqlInjection } from "./sql-injection.js";
import { ssrf } from "./ssrf.js";
import { dynamicToolDefinition } from "./dynamic-tool-definition.js";
import { exposedListener } from "./exposed-listener.js";
import { mixedBlastRadius } from "./mixed-blast-radius.js";
import { toolAnnotationMismatch } from "./tool-annotation-mismatch.js";
import { toolPoisoning } from "./tool-poisoning.js";
import { typosquat } from "./typosquat.js";
import { vulnerableDependency } from "./vulnerable-dependency.js";
import { untrustedContentExposure } from "./untrusted-content-exposure.js";
import { configPlaintextSecret } from "./config-plaintext-secret.js";
import { insecureTransport } from "./insecure-transport.js";
import { overBroadPermission } from "./over-broad-permission.js";
import { unpinnedServer } from "./unpinned-server.js";
import type { Rule } from "./types.js";

export const ALL_RULES: readonly Rule[] = [credentialExfiltration, environmentDump, credentialFileRead, covertRecipient, secretInToolOutput, secretInLog, errorDetailEcho, secretInUrl, hardcodedSecret, commandInjection, pathTraversal, ssrf, sqlInjection, codeInjection, installScript, downloadAndExecute, obfuscatedCode, silentProcess, typosquat, vulnerableDependency, toolPoisoning, toolAnnotationMismatch, mixedBlastRadius, untrustedContentExposure, dynamicToolDefinition, exposedListener, configPlaintextSecret, unpinnedServer, insecureTransport, overBroadPermission];

/** Rules that judge client configs (`mcp-warden audit`), not package code: meta only in the scan. */
export const CONFIG_RULE_IDS: readonly string[] = [configPlaintextSecret, unpinnedServer, insecureTransport, overBroadPermission].map((r) => r.meta.id);

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.meta.id === id);
}
