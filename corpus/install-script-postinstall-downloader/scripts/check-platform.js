"use strict";
if (process.platform === "win32") console.warn("pdf tools: Windows support is experimental");
