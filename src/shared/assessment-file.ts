import { z } from "zod";
import { bandSchema } from "./instruments.ts";
import { entityId } from "./primitives.ts";

/** The format tag of an assessment file. */
export const ASSESSMENT_FORMAT = "partnerscope-assessment/v1";

/** `partnerscope-assessment/v1`: an instrument, partners, waves, responses and pairwise ratings. */
export const assessmentFileSchema = z.strictObject({
  format: z.literal(ASSESSMENT_FORMAT),
  instrument: z.strictObject({
    id: entityId,
    name: z.string().min(1),
    scale: z.strictObject({ min: z.number().int(), max: z.number().int() }),
    dimensions: z.array(
      z.strictObject({
        id: entityId,
        name: z.string().min(1),
        items: z.array(
          z.strictObject({ id: entityId, text: z.string(), reverse: z.boolean().optional() }),
        ),
      }),
    ),
    bands: z.array(bandSchema).optional(),
  }),
  partners: z.array(z.strictObject({ id: entityId, name: z.string() })).min(1),
  minGroupSize: z.number().int().min(1).optional(),
  waves: z.array(z.strictObject({ id: entityId, date: z.string() })).min(1),
  responses: z.array(
    z.strictObject({
      respondent: z.string().min(1),
      partner: entityId,
      wave: entityId,
      answers: z.record(z.string(), z.number().nullable()),
    }),
  ),
  pairRatings: z
    .array(z.strictObject({ wave: entityId, rater: entityId, ratee: entityId, value: z.number() }))
    .optional(),
});
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;

/** What `partnerscope assess --json` prints. */
export interface AssessOutput {
  waves: {
    id: string;
    respondents: number;
    dimensions: {
      id: string;
      mean: number | null;
      sd: number | null;
      byPartner: Record<string, number | null>;
      gap: number | null;
      agreement: number | null;
    }[];
    total: { mean: number; band: string | null } | null;
    pairs: { a: string; b: string; aRatesB: number; bRatesA: number; difference: number }[];
  }[];
  change: {
    dimension: string;
    from: string;
    to: string;
    difference: number;
    low: number | null;
    high: number | null;
  }[];
}
