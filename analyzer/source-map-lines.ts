// Reads a source map's `mappings` one generated line at a time. A finding asks
// for a handful of positions, but SourceMapConsumer decodes, allocates and
// sorts every segment of the map on the first question (megabytes for a
// bundle). Here the string is decoded forward only as far as the lines asked
// about, keeping the running values (they are deltas across lines) at each
// line start, so any line already passed can be read again from there.
//
// It answers as SourceMapConsumer.originalPositionFor with
// GREATEST_LOWER_BOUND does (the segment of that line with the greatest
// generated column at or before the column); whenever that answer could
// depend on the consumer's own choices (two segments at one column) or the
// map is malformed, it says "ask the consumer".

/** Index of the original source, original line (1-based) and column (0-based); null where the segment names no source. */
export type LinePosition = { source: number; line: number; column: number } | null;
export const ASK_CONSUMER = "ask-consumer";

const BASE64 = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) BASE64["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charCodeAt(i)] = i;

export class LineMappings {
  /** Where each generated line (index = line - 1) starts in `mappings`, and the running source, line and column there. */
  private readonly lineStart: number[] = [0];
  private readonly state: number[] = [0, 0, 0];
  /** The running values after the last line decoded so far. */
  private source = 0;
  private originalLine = 0;
  private originalColumn = 0;
  private broken = false;

  constructor(private readonly mappings: string) {}

  /** The original position of generated (line 1-based, column 0-based), or ASK_CONSUMER. */
  positionFor(line: number, column: number): LinePosition | typeof ASK_CONSUMER {
    if (!(line >= 1) || !(column >= 0) || this.broken) return ASK_CONSUMER;
    while (this.lineStart.length < line) {
      // The map has fewer lines: no mapping there.
      if (!this.advance()) return this.broken ? ASK_CONSUMER : null;
    }
    return this.readLine(line - 1, column);
  }

  /** Decodes the last known line to its end, recording where the next line starts. False at the end of the mappings. */
  private advance(): boolean {
    const i = this.lineStart.length - 1;
    const s = this.state;
    const end = this.scanLine(this.lineStart[i], s[3 * i], s[3 * i + 1], s[3 * i + 2], -1, -1);
    if (end === undefined) {
      this.broken = true;
      return false;
    }
    if (end >= this.mappings.length) return false;
    this.lineStart.push(end + 1);
    s.push(this.source, this.originalLine, this.originalColumn);
    return true;
  }

  private readLine(i: number, column: number): LinePosition | typeof ASK_CONSUMER {
    const s = this.state;
    this.best = null;
    this.bestColumn = -1;
    this.tie = false;
    const end = this.scanLine(this.lineStart[i], s[3 * i], s[3 * i + 1], s[3 * i + 2], column, i);
    if (end === undefined) {
      this.broken = true;
      return ASK_CONSUMER;
    }
    return this.tie ? ASK_CONSUMER : this.best;
  }

  private best: LinePosition = null;
  private bestColumn = -1;
  private tie = false;

  /**
   * Decodes one line's segments from `at`; leaves the running values at the
   * line's end in the fields and returns the index of its `;` (or the string's
   * end). With a column, remembers the best segment at or before it. Undefined
   * when the text is not a valid mappings string.
   */
  private scanLine(at: number, source: number, originalLine: number, originalColumn: number, column: number, line: number): number | undefined {
    const m = this.mappings;
    let generatedColumn = 0;
    let i = at;
    const fields: number[] = [0, 0, 0, 0, 0];
    while (i < m.length) {
      const c = m.charCodeAt(i);
      if (c === 59 /* ; */) break;
      if (c === 44 /* , */) {
        i++;
        continue;
      }
      let n = 0;
      while (i < m.length) {
        const d = m.charCodeAt(i);
        if (d === 44 || d === 59) break;
        if (n === 5) return undefined;
        // One base64 VLQ value.
        let result = 0;
        let shift = 0;
        for (;;) {
          if (i >= m.length) return undefined;
          const code = m.charCodeAt(i++);
          const digit = code < 128 ? BASE64[code] : -1;
          if (digit < 0) return undefined;
          result += (digit & 31) * 2 ** shift;
          shift += 5;
          if (!(digit & 32)) break;
          // The consumer adds `digit << shift` in 32 bits: past this its sums differ from plain arithmetic.
          if (shift >= 30) return undefined;
        }
        fields[n++] = result % 2 === 1 ? -(result - 1) / 2 : result / 2;
      }
      if (n === 0 || n === 2 || n === 3) return undefined;
      generatedColumn += fields[0];
      if (n >= 4) {
        source += fields[1];
        originalLine += fields[2];
        originalColumn += fields[3];
      }
      if (line >= 0 && generatedColumn <= column) {
        if (generatedColumn > this.bestColumn) {
          this.bestColumn = generatedColumn;
          this.tie = false;
          this.best = n >= 4 ? { source, line: originalLine + 1, column: originalColumn } : null;
        } else if (generatedColumn === this.bestColumn) this.tie = true;
      }
    }
    this.source = source;
    this.originalLine = originalLine;
    this.originalColumn = originalColumn;
    return i;
  }
}
