"use strict";
// The dependency's code is not read here: what it does at install time is not known.
const fonts = require("font-fetcher");
fonts.ensure(["Inter", "Roboto Mono"]);
