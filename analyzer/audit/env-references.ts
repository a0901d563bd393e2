// How each MCP client lets a config refer to a secret instead of holding it:
// the fix text of `config-plaintext-secret` has to use the client's own
// syntax, and say so plainly when the client expands nothing.

export interface EnvReferenceSyntax {
  /** The reference to an environment variable, as the client writes it; absent when the client expands none. */
  reference?: (name: string) => string;
  /** Another way the client offers (a prompt, a secret store), in words. */
  alternative?: string;
}

/** The client of a config named with `--config` whose path matches no client's usual place. */
export const UNKNOWN_CLIENT = "given";

/** Keyed by ConfigLocation.client (analyzer/audit/locations.ts). */
export const CLIENT_ENV_REFERENCES: Readonly<Record<string, EnvReferenceSyntax>> = {
  // `.mcp.json` and `~/.claude.json` expand ${VAR} (and ${VAR:-default}) in command, args, env, url and headers.
  "Claude Code": { reference: (n) => `\${${n}}` },
  // VS Code's mcp.json: ${env:VAR}, or an `inputs` entry the editor prompts for and stores.
  "VS Code": { reference: (n) => `\${env:${n}}`, alternative: "an `inputs` entry (`${input:id}`), which VS Code prompts for once and stores" },
  Cursor: { reference: (n) => `\${env:${n}}` },
  Windsurf: { reference: (n) => `\${env:${n}}` },
  // Gemini CLI resolves $VAR and ${VAR} in settings.json string values.
  "Gemini CLI": { reference: (n) => `\${${n}}` },
  // Continue's config.yaml reads its secret store with ${{ secrets.NAME }}.
  Continue: { reference: (n) => `\${{ secrets.${n} }}` },
};

/**
 * What to write instead of the literal: the client's reference syntax, or,
 * for clients that expand nothing (Claude Desktop, Zed, Codex...), the
 * env block filled at launch by a wrapper or an OS keychain.
 */
export function referenceAdvice(client: string, name: string): string {
  if (client === UNKNOWN_CLIENT) {
    const known = Object.entries(CLIENT_ENV_REFERENCES).map(([c, s]) => `${c} \`${s.reference!(name)}\``);
    return `reference it with the client's own syntax (${known.join(", ")}); a client that expands nothing (Claude Desktop, Zed) needs its \`env\` block filled at launch by a wrapper script that reads ${name} from the OS keychain`;
  }
  const syntax = Object.hasOwn(CLIENT_ENV_REFERENCES, client) ? CLIENT_ENV_REFERENCES[client] : undefined;
  if (syntax?.reference) {
    const alt = syntax.alternative ? `, or ${syntax.alternative}` : "";
    return `reference it as \`${syntax.reference(name)}\` (${client} fills it from your environment when it starts the server${alt})`;
  }
  return `${client} does not expand variables in its config: leave ${name} out of the file and have the server's \`env\` block filled at launch by a wrapper script that reads it from the OS keychain (macOS Keychain, Windows Credential Manager, libsecret)`;
}
