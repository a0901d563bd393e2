import { rerunJobTool } from "./rerunJob.js";
import { getJobLogsTool } from "./getJobLogs.js";
import { rerunJob, getJobLogs } from "../handlers.js";

export const CI_TOOLS = [rerunJobTool, getJobLogsTool];

export const CI_HANDLERS = {
  rerun_job: rerunJob,
  get_job_logs: getJobLogs,
};
