/** Shows only the last four characters: enough to tell two keys apart. */
export function maskSecret(value: string): string {
  if (value.length <= 8) return "****";
  return `${"*".repeat(8)}${value.slice(-4)}`;
}
