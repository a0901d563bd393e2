/** POSIX single-quoting: close the quote, put an escaped quote, reopen. */
export function shq(value) {
  return "'" + String(value).replace(/'/g, "'\\''") + "'";
}
