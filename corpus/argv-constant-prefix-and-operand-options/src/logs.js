import { $ } from "zx";

/** Collects a device's log for one app; the adb binary comes from the options or the SDK. */
export class LogCollector {
  constructor(options) {
    this.options = options;
  }

  async collect() {
    const adb = this.options.adbPath ?? process.env.ANDROID_ADB ?? "adb";
    const { tag } = this.options;
    // The binary's path, read from the options the tool filled: the program of the line, not an option.
    // ok: command-injection
    await $`${adb} logcat -c`.quiet();
    // Twin: the tag is the model's and stands alone after `logcat`: `-f /sdcard/x` would be an option.
    const out = await $`${adb} logcat -d ${tag}`.quiet(); // expect: command-injection (medium)
    return out.stdout;
  }
}
