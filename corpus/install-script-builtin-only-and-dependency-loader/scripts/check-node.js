"use strict";
const { satisfies } = require("./semver-lite.js");
if (!satisfies(process.versions.node, 18)) console.warn("chart-render: Node 18 or later is recommended");
