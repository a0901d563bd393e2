#!/usr/bin/env node
// CI replayer, bundled on its own: it drives whatever profile store the runner hands it.
import { readFileSync } from "node:fs";

export async function replayPlan(plan, profiles, drafts) {
  if (plan.workspace) profiles.selectWorkspace(plan.workspace);
  if (plan.draft) drafts.openDraft(plan.draft);
  for (const step of plan.steps ?? []) {
    if (step.kind === "note") drafts.save(step.text ?? "");
  }
}

const plan = JSON.parse(readFileSync(process.argv[2] ?? "plan.json", "utf8"));
await replayPlan(plan, globalThis.__profiles, globalThis.__drafts);
