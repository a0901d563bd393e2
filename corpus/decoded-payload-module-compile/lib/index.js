"use strict";
const Module = require("module");
const BLOB = "Y29uc29sZS5sb2coInJlYWR5Iik7";
function loadA() {
  // expect: obfuscated-code
  module._compile(Buffer.from(BLOB, "base64").toString(), __filename);
}
function loadB() {
  const m = new Module(__filename, module);
  const src = Buffer.from(BLOB, "base64").toString("utf8");
  // expect: obfuscated-code
  m._compile(src, "helper.js");
  return m.exports;
}
function loadC() {
  const m = new module.constructor();
  // expect: obfuscated-code
  m._compile(atob(BLOB), "c.js");
  return m.exports;
}
function loadD() {
  // expect: obfuscated-code
  return new Function(atob(BLOB))();
}
class Templates {
  _compile(text) {
    return () => text;
  }
  load() {
    // ok: obfuscated-code
    return this._compile(atob(BLOB));
  }
}
module.exports = { loadA, loadB, loadC, loadD, Templates };
