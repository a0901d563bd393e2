import { z } from "zod";

export const rerunJobTool = {
  name: "rerun_job",
  description: "Re-run a failed job of a pipeline build",
  inputSchema: z.object({
    pipeline: z.string().describe("Pipeline slug"),
    jobId: z.string().describe("The job to re-run"),
  }),
};
