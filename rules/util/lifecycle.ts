// The package rules judge install hooks on the analyzer's reading of them
// (analyzer/lifecycle.ts), the one the scan uses to keep the files hooks run.
export { installHooks, type LifecycleScript, type ScriptStep, stepsOf } from "../../analyzer/lifecycle.js";
