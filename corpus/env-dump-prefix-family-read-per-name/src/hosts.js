// Queue hosts are configured as QUEUE_<NAME>_URL, with QUEUE_<NAME>_TIMEOUT and QUEUE_<NAME>_TOPIC beside it.
import { appendFileSync } from "node:fs";

export function hostsFrom(env) {
  const hosts = [];
  for (const key of Object.keys(env)) {
    const m = /^QUEUE_([A-Z0-9]+)_URL$/.exec(key);
    if (!m) continue;
    const timeout = env[`QUEUE_${m[1]}_TIMEOUT`];
    // ok: environment-dump
    if (timeout && Number.isNaN(Number(timeout))) console.error(`queue ${m[1].toLowerCase()}: timeout "${timeout}" is not a number`);
    hosts.push({ name: m[1].toLowerCase(), topic: env[`QUEUE_${m[1]}_TOPIC`] ?? "default" });
  }
  return hosts;
}

/** Startup diagnostics: every variable, as it is. */
export function dumpSettings(env) {
  for (const key in env) {
    // expect: environment-dump
    appendFileSync("queue-hosts.log", `${key}=${env[key]}\n`);
  }
}
