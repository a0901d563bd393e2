/** Drops what a shell reads inside double quotes (and the command separators), keeps the rest. */
export function forDoubleQuotes(text) {
  return String(text)
    .replace(/[\x00-\x1F\x7F]/g, "")
    .replace(/[`$"'&;|<>]/g, "");
}

/** Drops only the command separators: `$( )` and backticks still run inside double quotes. */
export function withoutSeparators(text) {
  return String(text).replace(/[;&|\n]/g, "");
}

/** Drops substitutions and quotes but keeps `\` and the separators: a trailing `\` shifts the quotes after it. */
export function withoutSubstitutions(text) {
  return String(text).replace(/[`$"\n\r]/g, "");
}
