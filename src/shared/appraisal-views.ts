/**
 * What the appraisal API answers (src/api/routes/appraisals.ts): the engine's result types
 * (appraisal-results.ts) inside what the services add (stored metadata, versions, dates).
 */
import { z } from "zod";
import { declaredObject } from "./api-common.ts";
import type { AppraisalDocument } from "./appraisal.ts";
import type { AppraisalResult, RealisationResult } from "./appraisal-results.ts";

const document = declaredObject<AppraisalDocument>(
  "A partnerscope-appraisal/v1 document (its own schema: docs and src/shared/appraisal.ts)",
);

/** An appraisal as listed: links, status and versions. */
export const appraisalSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  partnership: z.string().nullable(),
  organisations: z.array(z.string()),
  status: z.enum(["draft", "decided"]),
  decidedVersion: z.number().int().nullable(),
  decidedOption: z.string().nullable(),
  latestVersion: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Who created it (null before accounts): an analyst changes only their own. */
  createdBy: z.string().nullable().optional(),
});

/** An appraisal as listed. */
export type AppraisalSummary = z.infer<typeof appraisalSummarySchema>;

/** One appraisal with its latest document and the decided (frozen) one. */
export const appraisalDetailSchema = appraisalSummarySchema.extend({
  document,
  decided: z.object({ version: z.number().int(), option: z.string(), document }).nullable(),
  versions: z.array(z.object({ version: z.number().int(), createdAt: z.string() })),
});

/** One appraisal with its latest document and the decided (frozen) one. */
export type AppraisalDetail = z.infer<typeof appraisalDetailSchema>;

/** What POST …/results answers: the engine's result for a stored version. */
export const appraisalRunViewSchema = z.object({
  version: z.number().int(),
  result: declaredObject<AppraisalResult>("The engine's appraisal result (appraisal-results.ts)"),
});

/** What POST …/results answers. */
export type AppraisalRunView = z.infer<typeof appraisalRunViewSchema>;

/** What GET …/realisation answers: the engine's realisation with the version and dates it ran on. */
export type RealisationView = RealisationResult & {
  version: number;
  asOf: string;
  baseDate: string;
};

/** What GET …/realisation answers (the engine's RealisationResult with version, asOf, baseDate). */
export const realisationViewSchema = declaredObject<RealisationView>(
  "Benefits realisation: the engine's RealisationResult with version, asOf and baseDate",
);

/** What PUT …/actuals answers: how many actual values were recorded. */
export const actualsRecordedSchema = z.object({ recorded: z.number().int() });
