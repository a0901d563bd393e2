const DEFAULT_RATIO = 4;
const DEFAULT_BUFFER = 0.15;

export function tokenBudget() {
  let ratio = DEFAULT_RATIO;
  const rawRatio = process.env.NOTES_CHARS_PER_TOKEN;
  if (rawRatio) {
    const parsed = Number.parseFloat(rawRatio);
    // ok: secret-in-log
    if (Number.isNaN(parsed) || parsed <= 0) console.warn(`NOTES_CHARS_PER_TOKEN=${rawRatio} is not a positive number; using ${DEFAULT_RATIO}`);
    else ratio = parsed;
  }
  let buffer = DEFAULT_BUFFER;
  if (process.env.NOTES_TOKEN_SAFETY_BUFFER) {
    const parsed = Number(process.env.NOTES_TOKEN_SAFETY_BUFFER);
    // ok: secret-in-log
    if (!(parsed >= 0 && parsed < 1)) console.warn("ignoring NOTES_TOKEN_SAFETY_BUFFER", process.env.NOTES_TOKEN_SAFETY_BUFFER);
    else buffer = parsed;
  }
  return { ratio, buffer };
}
