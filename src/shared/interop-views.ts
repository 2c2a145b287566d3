/**
 * What the import, batch, duplicate and merge API answers (src/api/routes/interop.ts), shared so the
 * web app reads them with these types. A response schema also shapes what is sent (fields not
 * listed are left out), so each lists every field the services answer with.
 */
import { z } from "zod";
import { declaredObject } from "./api-common.ts";
import { jobViewSchema } from "./jobs.ts";
import type { Organisation } from "./schemas.ts";

/** A standard file's kind. */
export const importKindSchema = z.enum(["ocds", "360giving", "csv"]);

/** A standard file's kind. */
export type ImportKind = z.infer<typeof importKindSchema>;

const ids = z.object({
  organisations: z.array(z.string()),
  partnerships: z.array(z.string()),
  events: z.array(z.string()),
  contracts: z.array(z.string()),
  evidence: z.array(z.string()),
});

/** Ids per collection. */
export type IdsByKind = z.infer<typeof ids>;

/** One kind of problem in a file, with how many records have it and where. */
export const reportErrorSchema = z.object({
  rule: z.string(),
  message: z.string(),
  count: z.number().int(),
  examples: z.array(z.string()),
  values: z.array(z.string()).optional(),
});

/** One kind of problem in a file. */
export type ReportError = z.infer<typeof reportErrorSchema>;

/** What an import did or, on a dry run, would do. */
export const importResultSchema = z.object({
  workspace: z.string(),
  kind: importKindSchema,
  sourceFile: z.string(),
  dryRun: z.boolean(),
  batch: z.string().nullable(),
  /** `valueWarnings`: values stored as given (or left out) that deserve a look, grouped like errors. */
  report: z.object({
    valid: z.boolean(),
    /** How many records (releases, grants, rows…) were checked. */
    records: z.number().int(),
    errors: z.array(reportErrorSchema),
    valueWarnings: z.array(reportErrorSchema),
    warnings: z.array(z.string()),
  }),
  counts: z.record(z.string(), z.number()),
  created: ids,
  changed: ids,
  /** How many were created and changed per collection (every one; the id lists stop at 100,000). */
  totals: z.object({
    created: z.record(z.string(), z.number()),
    changed: z.record(z.string(), z.number()),
  }),
  unchanged: z.number().int(),
  merged: z.array(z.object({ id: z.string(), into: z.string() })),
});

/** What an import did or would do. */
export type ImportResult = z.infer<typeof importResultSchema>;

/** An import queued as a job (decision 0022): its result, once done, is the import's report. */
export const importJobSchema = jobViewSchema.extend({ result: importResultSchema.optional() });

/** An import job as the API answers it. */
export type ImportJob = z.infer<typeof importJobSchema>;

/** The answer to queueing an import as a job: the job, to follow at `GET /api/v1/jobs/:id`. */
export const importJobStartedSchema = z.object({ job: importJobSchema });

/** A recorded import batch. */
export const importBatchSchema = z.object({
  id: z.string(),
  kind: z.string(),
  sourceFile: z.string(),
  createdAt: z.string(),
  /** What the batch wrote, per collection. */
  counts: z.record(z.string(), z.unknown()),
  undoneAt: z.string().nullable(),
});

/** A recorded import batch. */
export type ImportBatch = z.infer<typeof importBatchSchema>;

/** What undoing a batch did: how many records were deleted and restored. */
export const batchUndoneSchema = z.object({
  batch: z.string(),
  deleted: z.number().int(),
  restored: z.number().int(),
});

/** A proposed duplicate pair. */
export const duplicateCandidateSchema = z.object({
  a: z.string(),
  b: z.string(),
  aName: z.string(),
  bName: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
  /** Why they may be two organisations (different company or charity numbers), if so. */
  warning: z.string().optional(),
});

/** A proposed duplicate pair. */
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

/** A recorded merge, with both organisations' names as they were before it. */
export const mergeRecordSchema = z.object({
  id: z.string(),
  survivorId: z.string(),
  mergedId: z.string(),
  survivorName: z.string(),
  mergedName: z.string(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
});

/** A recorded merge. */
export type MergeRecord = z.infer<typeof mergeRecordSchema>;

/** What a merge did: its id, the surviving organisation and how many references moved. */
export const mergeDoneSchema = z.object({
  merge: z.string(),
  survivor: declaredObject<Organisation>("The surviving organisation as stored after the merge"),
  moved: z.number().int(),
});

/** What undoing a merge did: the organisation restored. */
export const mergeUndoneSchema = z.object({ merge: z.string(), restored: z.string() });

/** `3 organisations, 1 contracts`, or 'nothing'. */
export function idsSummary(ids: IdsByKind): string {
  const parts = Object.entries(ids)
    .filter(([, v]) => v.length > 0)
    .map(([k, v]) => `${v.length} ${k}`);
  return parts.length ? parts.join(", ") : "nothing";
}
