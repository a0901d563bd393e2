// The vendor's device CLI, found in the SDK folder the user installed: the program is not a constant,
// so the scan cannot tell which of its subcommands only read.
import { execFileSync } from "node:child_process";
import path from "node:path";

function cliPath() {
  return path.join(process.env.DEVICE_SDK_HOME ?? "/opt/device-sdk", "bin", "devicectl");
}

export function runCli(args) {
  return execFileSync(cliPath(), args, { encoding: "utf8" });
}
