"use strict";
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
module.exports = { Server };
