#!/usr/bin/env node
import kleur from "kleur";
import { pullEntries } from "./api.js";

async function importEntries(since) {
  const entries = await pullEntries(since);
  return entries.filter((e) => !e.voided);
}

async function runSteps(since) {
  const kept = await importEntries(since);
  console.log(`${kept.length} entries`);
}

async function sync() {
  try {
    await runSteps(process.argv[2] ?? "1970-01-01");
  } catch (problem) {
    // The request's error ends here: the message is shown and the process leaves.
    console.error(kleur.red("sync failed:"), problem.message);
    process.exit(1);
  }
}

async function resync() {
  try {
    await runSteps("1970-01-01");
  } catch (problem) {
    console.error(kleur.yellow("resync failed, giving up"));
    throw problem;
  }
}

async function ping() {
  try {
    await pullEntries("2999-01-01");
    console.log("reachable");
  } catch (problem) {
    console.error("unreachable:", problem.message);
    process.exitCode = 2;
  }
}

if (process.argv[2] === "--ping") {
  ping().catch((fatal) => {
    // ok: error-detail-echo
    console.error("fatal:", fatal);
  });
}

const command = process.argv[2] === "--all" ? resync : sync;
if (command === sync) {
  // What reaches this catch is only what sync's own catch block throws: never the request's error.
  sync().catch((fatal) => {
    // ok: error-detail-echo
    console.error("fatal:", fatal);
  });
} else {
  resync().catch((fatal) => {
    // expect: error-detail-echo (high)
    console.error("fatal:", fatal);
  });
}
