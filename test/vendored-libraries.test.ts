// Which files are libraries copied into a package (a vendor folder with a
// library's papers or banner): dependency code the engine treats like a
// bundle's inlined dependency files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { vendoredLibraryOf, vendorFoldersWithPapers } from "../analyzer/parse/vendored-libraries.js";

test("a vendor-named folder has papers when a licence, notice or manifest sits in it or in a library's folder inside it", () => {
  const folders = vendorFoldersWithPapers([
    "build/third_party/THIRD_PARTY_NOTICES",
    "lib/vendor/queue-kit/LICENSE.md",
    "lib/vendor/queue-kit/index.js",
    "src/vendors/package.json",
    "src/adapters/vendor/index.js",
    "src/plain/LICENSE",
    "tools/vendor/license.js",
    "LICENSE",
  ]);
  assert.deepEqual([...folders].sort(), ["build/third_party", "lib/vendor", "src/vendors"]);
});

test("a file is a copied library under a folder with papers, or under any vendor folder when it opens with a banner", () => {
  const papers = new Set(["build/third_party"]);
  assert.equal(vendoredLibraryOf("build/third_party/bundle.js", "import fs from 'node:fs';\n", papers), "build/third_party");
  assert.equal(vendoredLibraryOf("build/third_party/deep/worker.js", "x();\n", papers), "build/third_party");
  assert.equal(vendoredLibraryOf("src/vendor/tiny.js", "/*! tiny-lib v1.0 | (c) 2021 Someone | MIT */\nexport const a = 1;\n", papers), "src/vendor");
  assert.equal(vendoredLibraryOf("src/vendor/tiny.js", "/**\n * @license Apache-2.0\n */\n", papers), "src/vendor");
  // The package's own code: a vendor folder without papers or banner, or a banner outside any vendor folder.
  assert.equal(vendoredLibraryOf("src/vendor/adapter.js", "// talks to the price vendors\nexport function f() {}\n", papers), undefined);
  assert.equal(vendoredLibraryOf("src/server.js", "/* Copyright 2024 the server's authors */\n", papers), undefined);
  // The mark must be in the opening comment itself: a comment of the package's own, then code that writes a copyright line.
  assert.equal(vendoredLibraryOf("src/vendor/adapter.js", "/* price adapter for our vendors */\nexport const footer = \"Copyright 2024 Acme\";\n", papers), undefined);
  // A folder merely named like a vendor one in the file name does not count.
  assert.equal(vendoredLibraryOf("src/vendor.js", "/* @license MIT */\n", papers), undefined);
});
