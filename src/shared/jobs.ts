import { z } from "zod";

/** A job's states: waiting, being worked, then one of three ends. */
export const JOB_STATES = ["queued", "running", "done", "failed", "cancelled"] as const;

/** One of `JOB_STATES`. */
export type JobStatus = (typeof JOB_STATES)[number];

/** Each state in plain words, for lists and badges. */
export const JOB_STATE_LABELS: Record<JobStatus, string> = {
  queued: "Waiting to start",
  running: "Running",
  done: "Done",
  failed: "Failed",
  cancelled: "Cancelled",
};

/** What each kind of job is, in the product's words. */
export const JOB_KIND_LABELS: Record<string, string> = {
  simulation: "Sector simulation",
  "simulation-compare": "Scenario comparison",
  "supply-chain-monte-carlo": "Supply chain Monte Carlo",
  "appraisal-monte-carlo": "Appraisal Monte Carlo",
  import: "Import of a file",
};

/** What the API answers for a job: state, progress (fraction and counts), owner, result or error. */
export const jobViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  workspace: z.string(),
  status: z.enum(JOB_STATES),
  /** Fraction done, 0–1. */
  progress: z.number(),
  done: z.number(),
  total: z.number(),
  message: z.string(),
  owner: z.string().nullable(),
  ownerName: z.string().nullable(),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  result: z.unknown().optional(),
  error: z.string().optional(),
});

/** A job as the API answers it. */
export type JobView = z.infer<typeof jobViewSchema>;

/** What a route that starts a job answers with 202: the job as queued. */
export const jobStartedSchema = z.object({ job: jobViewSchema });

/** The jobs list of a workspace; `result` is left out (fetch one job for it). */
export const jobListSchema = z.object({ items: z.array(jobViewSchema.omit({ result: true })) });

/** The jobs list of a workspace. */
export type JobList = z.infer<typeof jobListSchema>;

/** True while a job may still change: queued or running. */
export function jobIsLive(status: JobStatus): boolean {
  return status === "queued" || status === "running";
}
