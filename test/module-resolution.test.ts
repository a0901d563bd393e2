// Module resolution through a package's own aliases: package.json `imports`
// and `exports`, tsconfig `paths`/`baseUrl` with `extends`, build output
// mapped back to sources.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Resolver, resolutionConfig } from "../analyzer/program/resolve.js";
import type { ParsedModule, SourceFile } from "../analyzer/types.js";

function resolverFor(sources: string[], configs: Record<string, string>, name = "pkg"): (from: string, spec: string) => string {
  const byPath = new Map(sources.map((p) => [p, { path: p } as ParsedModule]));
  const files: SourceFile[] = Object.entries(configs).map(([path, text]) => ({ path, bytes: Buffer.from(text) }));
  const resolver = new Resolver(byPath, name, resolutionConfig(files));
  return (from, spec) => {
    const r = resolver.resolve(from, spec);
    return r.kind === "internal" ? r.module.path : r.kind === "external" ? `external:${r.package}` : `missing:${r.specifier}`;
  };
}

test("tsconfig paths: the longest matching pattern, relative to baseUrl from an extended config", () => {
  const resolve = resolverFor(["src/a.ts", "src/lib/x.ts", "src/lib/special/y.ts", "lib/z.ts"], {
    "tsconfig.json": `{ "extends": "./configs/base", /* c */ "include": ["src"] }`,
    "configs/base.json": `{ "compilerOptions": { "baseUrl": "..", "paths": { "~/*": ["src/*"], "~/lib/special/*": ["src/lib/special/*"], "z": ["lib/z.ts"], }, }, }`,
  });
  assert.equal(resolve("src/a.ts", "~/lib/x.js"), "src/lib/x.ts");
  assert.equal(resolve("src/a.ts", "~/lib/special/y"), "src/lib/special/y.ts");
  assert.equal(resolve("src/a.ts", "z"), "lib/z.ts");
  assert.equal(resolve("src/a.ts", "src/lib/x"), "src/lib/x.ts", "baseUrl alone names a file");
  assert.equal(resolve("src/a.ts", "zod"), "external:zod");
  assert.equal(resolve("src/a.ts", "fs"), "external:fs", "a builtin stays a builtin");
});

test("paths without baseUrl are relative to their config; the nearest config applies", () => {
  const resolve = resolverFor(["packages/app/src/util.ts", "packages/app/src/main.ts", "other/util.ts"], {
    "packages/app/jsconfig.json": `{ "compilerOptions": { "paths": { "@app/*": ["./src/*"] } } }`,
  });
  assert.equal(resolve("packages/app/src/main.ts", "@app/util"), "packages/app/src/util.ts");
  assert.equal(resolve("other/util.ts", "@app/util"), "external:@app/util");
});

test("package.json imports and exports: conditions, patterns, folder mappings, build output mapped to sources", () => {
  const manifest = JSON.stringify({
    imports: { "#db": { types: "./types/db.d.ts", node: "./dist/db.js" }, "#tools/*": "./dist/tools/*.js", "#gone": "./dist/gone.js" },
    exports: { ".": { import: "./dist/index.js" }, "./helpers/*": "./dist/helpers/*.js", "./old/": "./dist/old/" },
  });
  const resolve = resolverFor(["src/index.ts", "src/db.ts", "src/tools/run.ts", "src/helpers/h.ts", "src/old/o.ts"], {
    "package.json": manifest,
    "tsconfig.json": `{ "compilerOptions": { "outDir": "dist", "rootDir": "src" } }`,
  });
  assert.equal(resolve("src/index.ts", "#db"), "src/db.ts");
  assert.equal(resolve("src/index.ts", "#tools/run"), "src/tools/run.ts");
  assert.equal(resolve("src/index.ts", "#gone"), "missing:#gone");
  assert.equal(resolve("src/tools/run.ts", "pkg"), "src/index.ts");
  assert.equal(resolve("src/tools/run.ts", "pkg/helpers/h"), "src/helpers/h.ts");
  assert.equal(resolve("src/tools/run.ts", "pkg/old/o.js"), "src/old/o.ts");
});

test("hostile configs: an extends loop, a target outside the package, a file that is not JSON", () => {
  const resolve = resolverFor(["src/a.ts"], {
    "tsconfig.json": `{ "extends": "./b.json", "compilerOptions": { "paths": { "@x/*": ["../outside/*"] } } }`,
    "b.json": `{ "extends": "./tsconfig.json" }`,
    "package.json": "{ not json",
  });
  assert.equal(resolve("src/a.ts", "@x/y"), "external:@x/y");
  assert.equal(resolve("src/a.ts", "#a"), "missing:#a");
});
