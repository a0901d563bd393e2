// LineMappings reads a map's mappings line by line; where it answers, the
// answer must be SourceMapConsumer's (greatest lower bound on the line).
import assert from "node:assert/strict";
import { test } from "node:test";
import { SourceMapConsumer, SourceMapGenerator } from "source-map-js";
import { ASK_CONSUMER, LineMappings } from "../analyzer/source-map-lines.js";

function pseudoRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function randomMap(seed: number, lines: number): string {
  const rnd = pseudoRandom(seed);
  const gen = new SourceMapGenerator({ file: "out.js" });
  for (let line = 1; line <= lines; line++) {
    if (rnd() < 0.15) continue; // a line without segments
    const segments = Math.floor(rnd() * 12);
    for (let k = 0; k < segments; k++) {
      const generated = { line, column: Math.floor(rnd() * (rnd() < 0.1 ? 200_000 : 400)) };
      if (rnd() < 0.1) gen.addMapping({ generated });
      else gen.addMapping({ generated, source: `src/file${Math.floor(rnd() * 5)}.ts`, original: { line: 1 + Math.floor(rnd() * 3000), column: Math.floor(rnd() * 120) }, ...(rnd() < 0.3 ? { name: "n" } : {}) });
    }
  }
  return gen.toString();
}

test("LineMappings agrees with SourceMapConsumer wherever it answers", () => {
  let answered = 0;
  let asked = 0;
  for (let seed = 1; seed <= 12; seed++) {
    const raw = JSON.parse(randomMap(seed, 60)) as { mappings: string };
    const consumer = new SourceMapConsumer(raw as never);
    const sources = consumer.sources;
    const lines = new LineMappings(raw.mappings);
    const rnd = pseudoRandom(seed * 31);
    // Lines out of order and past the end, columns before, on and between segments.
    for (let q = 0; q < 400; q++) {
      const line = 1 + Math.floor(rnd() * 70);
      const column = Math.floor(rnd() * (rnd() < 0.1 ? 250_000 : 450));
      const expected = consumer.originalPositionFor({ line, column, bias: SourceMapConsumer.GREATEST_LOWER_BOUND });
      const got = lines.positionFor(line, column);
      if (got === ASK_CONSUMER) {
        asked++;
        continue;
      }
      answered++;
      const mine = got === null ? { source: null, line: null, column: null } : { source: sources[got.source], line: got.line, column: got.column };
      assert.deepEqual(mine, { source: expected.source, line: expected.line, column: expected.column }, `seed ${seed} ${line}:${column}`);
    }
  }
  assert.ok(answered > 4000, `answered ${answered}`);
  assert.ok(asked < answered / 10, `asked ${asked}`);
});

test("LineMappings leaves malformed mappings and two segments at one column to the consumer", () => {
  assert.equal(new LineMappings("AAAA,A!AA").positionFor(1, 5), ASK_CONSUMER);
  assert.equal(new LineMappings("AA").positionFor(1, 5), ASK_CONSUMER);
  assert.equal(new LineMappings("AAAA,AAAC").positionFor(1, 0), ASK_CONSUMER);
  assert.deepEqual(new LineMappings("AAAA;AACA").positionFor(2, 3), { source: 0, line: 2, column: 0 });
  assert.equal(new LineMappings("AAAA;AACA").positionFor(3, 0), null);
  assert.equal(new LineMappings("CAAA").positionFor(1, 0), null);
});
