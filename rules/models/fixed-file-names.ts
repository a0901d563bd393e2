// Files whose name alone makes a read or a write dangerous, wherever the
// folder is: a path the code ends with one of these fixed names, under a
// folder the model picks, stays a path-traversal finding. Any other fixed
// name under a chosen folder is the tool working in that folder (a read of
// its own `notes.md`, a write of its `report.json`).

/**
 * Written, these run code or grant access: git hooks and config, shell start
 * files, ssh keys, package-manager settings, schedulers and autostart
 * entries, Python path hooks. Tested on the fixed text after the chosen
 * folder (`/.git/hooks/pre-commit`, `/authorized_keys`), case-insensitive.
 */
export const CODE_RUNNING_FILES: readonly RegExp[] = [
  /(^|[\\/])\.git[\\/](hooks[\\/]|config$)/i,
  // Under a folder the model picks, `config` may be a repository's own (`.git` + `config`: `core.fsmonitor` runs a command).
  /(^|[\\/])config$/i,
  /(^|[\\/])(applypatch-msg|pre-applypatch|post-applypatch|pre-commit|pre-merge-commit|prepare-commit-msg|commit-msg|post-commit|pre-rebase|post-checkout|post-merge|pre-push|pre-receive|update|proc-receive|post-receive|post-update|reference-transaction|push-to-checkout|pre-auto-gc|post-rewrite|sendemail-validate|fsmonitor-watchman|p4-[\w-]+|post-index-change)$/i,
  /(^|[\\/])(authorized_keys2?|\.ssh[\\/][^\\/]+|sudoers|crontab|cron\.d[\\/][^\\/]+)$/i,
  /(^|[\\/])\.(bashrc|bash_profile|bash_login|bash_logout|profile|zshrc|zprofile|zshenv|zlogin|cshrc|tcshrc|login|kshrc|inputrc|envrc|pam_environment|exrc|vimrc|gitconfig|gitattributes|npmrc|yarnrc|yarnrc\.yml|pypirc|netrc|pip[\\/]pip\.conf)$/i,
  /(^|[\\/])(config\.fish|pip\.conf|pip\.ini|\.pydistutils\.cfg|sitecustomize\.py|usercustomize\.py)$/i,
  /\.(pth|desktop|service|timer|plist)$/i,
  /(^|[\\/])(autostart|LaunchAgents|LaunchDaemons|systemd)[\\/]/i,
];

/**
 * Read, these hand over a secret whatever folder holds them (the folder is
 * the model's to pick: `~/.aws` + `credentials`). Base names only; the full
 * stores are in credential-files.ts.
 */
export const SECRET_FILE_NAMES: readonly RegExp[] = [
  /^(credentials(\.(json|toml|db))?|config(\.json|\.toml)?|id_(rsa|dsa|ecdsa|ed25519)(_sk)?|[\w-]+\.(pem|key|p12|pfx|keystore|jks|kdbx)|hosts\.ya?ml|auth\.json|settings\.json|mcp(_config)?\.json|access_tokens\.db|accessTokens\.json|application_default_credentials\.json|Login Data|Cookies|Local State|logins\.json|key[34]\.db|cookies\.sqlite|wallet\.dat|id\.json|shadow|passwd|master\.key|secrets?\.(json|ya?ml|toml)|token(s)?(\.json)?)$/i,
];
