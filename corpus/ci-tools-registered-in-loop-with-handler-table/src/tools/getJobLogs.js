import { z } from "zod";

export const getJobLogsTool = {
  name: "get_job_logs",
  description: "Fetch the log of one job",
  inputSchema: z.object({ jobId: z.string().describe("Job id") }),
};
