/**
 * What the partnership-health API answers (src/api/routes/health.ts and health-links.ts): zod
 * schemas whose inferred types the health services return; instruments (checked by their own
 * schema on the way in) and the engine's analysis pass through whole.
 */
import { z } from "zod";
import { declaredObject } from "./api-common.ts";
import type { DiscussionPrompt, HealthResult } from "./health-results.ts";
import { INSTRUMENT_KINDS, type Instrument, WAVE_STATES } from "./instruments.ts";

/** What partnerships are grouped by when their assessments are compared. */
export const COMPARE_BY = ["origin", "form", "stage"] as const;

/** One of `COMPARE_BY`. */
export type CompareBy = (typeof COMPARE_BY)[number];

/** An instrument in a list: shipped ones are read-only, a workspace's own have versions. */
export const instrumentSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(INSTRUMENT_KINDS),
  shipped: z.boolean(),
  versions: z.array(z.number().int()),
  items: z.number().int(),
  dimensions: z.number().int(),
});

/** An instrument in a list. */
export type InstrumentSummary = z.infer<typeof instrumentSummarySchema>;

/** A whole instrument (one version): dimensions, items, scale and bands. */
export const instrumentViewSchema = declaredObject<Instrument>(
  "An instrument: dimensions, items, answer scale and bands (instrumentSchema)",
);

/** An assessment: the partnership, its partner organisations and the instrument version used. */
export const assessmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Null after a replacing import removed the partnership. */
  partnership: z.string().nullable(),
  partners: z.array(z.string()),
  instrument: z.object({ id: z.string(), version: z.number().int() }),
  minGroupSize: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
});

/** An assessment as listed. */
export type AssessmentView = z.infer<typeof assessmentSchema>;

/** A wave of an assessment: its date, and whether it is still open. */
export const waveSchema = z.object({
  id: z.string(),
  date: z.string(),
  state: z.enum(WAVE_STATES),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
});

/** A wave of an assessment. */
export type WaveView = z.infer<typeof waveSchema>;

/** An assessment with its waves (responses per partner) and the reminders its owner may send. */
export const assessmentDetailSchema = assessmentSchema.extend({
  waves: z.array(waveSchema.extend({ responses: z.record(z.string(), z.number().int()) })),
  /** Partners of an open wave with fewer responses than the smallest group shown to others. */
  reminders: z.array(
    z.object({
      wave: z.string(),
      organisation: z.string(),
      responses: z.number().int(),
      needed: z.number().int(),
    }),
  ),
});

/** An assessment with its waves and reminders. */
export type AssessmentDetail = z.infer<typeof assessmentDetailSchema>;

/** What recording one response answers: the partner, the wave and its count of responses now. */
export const responseRecordedSchema = z.object({
  recorded: z.literal(true),
  organisation: z.string(),
  wave: z.string(),
  responses: z.number().int(),
});

/** What recording one response answers. */
export type ResponseRecorded = z.infer<typeof responseRecordedSchema>;

/** One raw response (owners only). */
export const rawResponseSchema = z.object({
  id: z.string(),
  wave: z.string(),
  organisation: z.string(),
  answers: z.record(z.string(), z.number().nullable()),
  ratings: z.record(z.string(), z.number()).nullable(),
  createdAt: z.string(),
});

/** One raw response. */
export type RawResponse = z.infer<typeof rawResponseSchema>;

/** A group of partnerships (by origin, form or stage): how many, and the mean of their means. */
export const compareGroupSchema = z.object({
  group: z.string(),
  assessments: z.number().int(),
  respondents: z.number().int(),
  dimensions: z.array(z.object({ id: z.string(), mean: z.number().nullable(), n: z.number() })),
});

/** Assessments on one instrument compared across groups of partnerships. */
export const assessmentCompareSchema = z.object({
  instrument: z.string(),
  by: z.enum(COMPARE_BY),
  groups: z.array(compareGroupSchema),
});

/** Assessments compared across groups of partnerships. */
export type AssessmentCompare = z.infer<typeof assessmentCompareSchema>;

/** The analysis with partner names, as the current actor may see it. */
export interface AssessmentResults extends HealthResult {
  assessment: string;
  instrument: { id: string; version: number; name: string };
  partners: { id: string; name: string | null }[];
  /**
   * Whether every aggregate is shown: always false, since the three-respondent rule holds for
   * everyone, owners too (they read raw answers through the owners' route, as for the survey).
   */
  full: boolean;
  /** Per wave, questions for the partners from its widest gaps and lowest dimensions. */
  prompts: { wave: string; items: DiscussionPrompt[] }[];
}

/** An assessment's analysis (the engine's result with names), passed through whole. */
export const assessmentResultsSchema = declaredObject<AssessmentResults>(
  "The analysis per wave: dimensions, gaps, totals, pairs, change and discussion prompts",
);

/** What a signed-in member needs to answer for their own organisation. */
export const memberAnsweringSchema = z.object({
  /** The partner organisation the member is tied to, or null when it is not a partner here. */
  organisation: z.string().nullable(),
  organisationName: z.string().nullable(),
  openWaves: z.array(z.object({ id: z.string(), date: z.string() })),
  instrument: instrumentViewSchema,
  partners: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
});

/** What a signed-in member needs to answer for their own organisation. */
export type MemberAnswering = z.infer<typeof memberAnsweringSchema>;
