const { execSync } = require("node:child_process");

exports.run = (host) => {
  const out = execSync("ping -c 3 " + host, { encoding: "utf8" }); // expect: command-injection
  return { content: [{ type: "text", text: out }] };
};
