// Line and column of an offset, worked out when asked rather than stored on
// every node. acorn's `locations` put three objects on each node (about 22
// bytes per source byte) and `ranges` a two-element array (about 16): on a
// 12 MB bundle that was the larger part of the scan's memory, for positions
// read only where a finding, a step or a span is reported.
import * as acorn from "acorn";
import type { TSESTree } from "@typescript-eslint/types";

/**
 * The line starts of one text, built on the first position asked. Line breaks
 * are ECMAScript's LineTerminatorSequence (`\r\n`, `\n`, `\r`, U+2028,
 * U+2029), as acorn counts them; columns are UTF-16 code units from the
 * line's start, 0-based, and lines 1-based, as in ESTree's `loc`.
 */
export class SourceLines {
  private starts: Uint32Array | undefined;

  constructor(private readonly text: string) {}

  private lineStarts(): Uint32Array {
    if (this.starts) return this.starts;
    const starts: number[] = [0];
    const breaks = /\r\n?|\n|\u2028|\u2029/g;
    for (let m = breaks.exec(this.text); m; m = breaks.exec(this.text)) starts.push(m.index + m[0].length);
    this.starts = Uint32Array.from(starts);
    return this.starts;
  }

  position(offset: number): TSESTree.Position {
    const starts = this.lineStarts();
    // The last line start at or before `offset`.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] };
  }

  location(start: number, end: number): TSESTree.SourceLocation {
    return { start: this.position(start), end: this.position(end) };
  }
}

interface AcornNode {
  start: number;
  end: number;
}

type AcornNodeClass = new (parser: acorn.Parser, pos: number, loc?: acorn.Position) => AcornNode;

interface NodeFactory {
  input: string;
  start: number;
  startLoc?: acorn.Position;
  lines?: SourceLines;
}

/**
 * acorn's Parser, its nodes made with only their offsets and a pointer to the
 * file's SourceLines: `range` and `loc` are read through accessors on their
 * prototype, so every consumer of the ESTree fields sees the same values as
 * with acorn's `ranges` and `locations` options, at about a third of the
 * memory. acorn makes every node in `startNode`, `startNodeAt` or
 * `copyNode`; those three are the ones replaced.
 */
function spanParser(): typeof acorn.Parser {
  const BaseNode = (acorn as unknown as { Node: AcornNodeClass }).Node;
  class SpanNode extends BaseNode {
    declare lines: SourceLines;
  }
  Object.defineProperties(SpanNode.prototype, {
    range: {
      get(this: SpanNode) {
        return [this.start, this.end];
      },
    },
    loc: {
      get(this: SpanNode) {
        return this.lines.location(this.start, this.end);
      },
    },
  });
  const make = (parser: NodeFactory, pos: number): SpanNode => {
    const node = new SpanNode(parser as unknown as acorn.Parser, pos);
    node.lines = parser.lines ??= new SourceLines(parser.input);
    return node;
  };
  return acorn.Parser.extend(
    (Base) =>
      class extends (Base as unknown as new (...args: unknown[]) => NodeFactory) {
        startNode(): SpanNode {
          return make(this, this.start);
        }
        startNodeAt(pos: number): SpanNode {
          return make(this, pos);
        }
        copyNode(node: Record<string, unknown>): SpanNode {
          const copy = make(this, node.start as number) as unknown as Record<string, unknown>;
          for (const key of Object.keys(node)) copy[key] = node[key];
          return copy as unknown as SpanNode;
        }
      } as unknown as typeof acorn.Parser,
  );
}

let parser: typeof acorn.Parser | undefined;

/** acorn.parse with lazily computed `range` and `loc` (the `locations` and `ranges` options are not to be passed). */
export function parseWithSpans(text: string, options: acorn.Options): acorn.Program {
  parser ??= spanParser();
  return parser.parse(text, { ...options, locations: false, ranges: false });
}
