#!/usr/bin/env node
import { writeFileSync } from "node:fs";
import { ping, readings } from "./api.js";

async function run() {
  try {
    await ping();
  } catch (err) {
    console.error("sensor cloud unreachable", err); // expect: error-detail-echo
    process.exit(1);
  }
  const zone = process.argv[2] ?? "north";
  const rows = await readings(zone);
  writeFileSync(`${zone}.json`, JSON.stringify(rows, null, 2));
}

run().catch((e) => {
  console.error(e); // expect: error-detail-echo
  process.exit(1);
});
