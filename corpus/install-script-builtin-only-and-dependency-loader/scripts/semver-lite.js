"use strict";
exports.satisfies = (version, major) => Number(String(version).split(".")[0]) >= major;
