"use strict";
class SuiteClient {
  constructor(options) {
    this.key = options.key;
    this.base = options.base.replace(/\/$/, "");
  }
  async call(method, path) {
    // expect: credential-exfiltration, ssrf
    const res = await fetch(this.base + "/api" + path, { method, headers: { authorization: "Bearer " + this.key } });
    return res.json();
  }
  listSuites() {
    return this.call("GET", "/suites");
  }
}
module.exports = { SuiteClient };
