import { z } from "zod";
import { entityId } from "./primitives.ts";

/** What an instrument asks: statements rated on a scale, or each partner rating each other one. */
export const INSTRUMENT_KINDS = ["rating", "pairwise"] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** A reading of a score range: the band applies from `min` up to `max` (inclusive). */
export const bandSchema = z.strictObject({
  min: z.number(),
  max: z.number(),
  label: z.string().min(1),
});
export type Band = z.infer<typeof bandSchema>;

/** A group of items scored together (a principle, a factor); `category` groups dimensions. */
export const dimensionSchema = z.strictObject({
  id: entityId,
  name: z.string().min(1),
  category: z.string().min(1).optional(),
});

/** One statement; reversed items score min + max − value, so agreement with it reads as a weakness. */
export const itemSchema = z.strictObject({
  id: entityId,
  dimension: entityId,
  text: z.string().min(1),
  reverse: z.boolean().optional(),
});
export type InstrumentItem = z.infer<typeof itemSchema>;

/** A whole-number answer scale with a label for each point (or for some of them). */
export const scaleSchema = z
  .strictObject({
    min: z.number().int(),
    max: z.number().int(),
    labels: z.record(z.string(), z.string()),
  })
  .refine((s) => s.max > s.min, { message: "max must be greater than min", path: ["max"] });

/** A questionnaire as data: shipped ones come from code, copies and edits are stored per workspace. */
export const instrumentSchema = z
  .strictObject({
    id: entityId,
    version: z.number().int().min(1),
    name: z.string().min(1),
    description: z.string(),
    kind: z.enum(INSTRUMENT_KINDS),
    source: z.string().optional(),
    dimensions: z.array(dimensionSchema),
    items: z.array(itemSchema),
    scale: scaleSchema,
    /** Readings of the total (the sum of a respondent's item scores). */
    bands: z.array(bandSchema).optional(),
    /** Readings of a dimension's mean. */
    dimensionBands: z.array(bandSchema).optional(),
    /** A caveat on the bands, e.g. that they are commonly cited but unverified. */
    bandsNote: z.string().optional(),
  })
  .superRefine((ins, ctx) => {
    const dims = new Set(ins.dimensions.map((d) => d.id));
    const seen = new Set<string>();
    ins.items.forEach((item, i) => {
      if (!dims.has(item.dimension))
        ctx.addIssue({
          code: "custom",
          path: ["items", i, "dimension"],
          message: `"${item.dimension}" is not a dimension of this instrument`,
        });
      if (seen.has(item.id))
        ctx.addIssue({ code: "custom", path: ["items", i, "id"], message: "is used twice" });
      seen.add(item.id);
    });
    if (ins.kind === "rating" && ins.items.length === 0)
      ctx.addIssue({ code: "custom", path: ["items"], message: "a rating instrument needs items" });
  });
export type Instrument = z.infer<typeof instrumentSchema>;

/** Body of a copy: the new instrument's id and, optionally, name. */
export const instrumentCopySchema = z.strictObject({
  from: entityId,
  version: z.number().int().min(1).optional(),
  id: entityId,
  name: z.string().min(1).optional(),
});

/** An assessment: one partnership, the partner organisations answering, and a fixed instrument version. */
export const assessmentInputSchema = z.strictObject({
  id: entityId,
  name: z.string().min(1),
  partnership: entityId,
  partners: z.array(entityId).min(2, { message: "needs at least two partners" }),
  instrument: z.strictObject({ id: entityId, version: z.number().int().min(1) }),
  minGroupSize: z.number().int().min(1).max(50).optional(),
});
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;

/** Whether a wave takes answers. */
export const WAVE_STATES = ["open", "closed"] as const;
export type WaveState = (typeof WAVE_STATES)[number];

/** A round of answers, by date (YYYY-MM-DD). */
export const waveInputSchema = z.strictObject({
  id: entityId,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a date YYYY-MM-DD" }),
});
export type WaveInput = z.infer<typeof waveInputSchema>;

/** An answer: a scale value, or null for "don't know". */
export const answerValue = z.number().nullable();

/**
 * One respondent's answers (no name): the organisation they speak for (omitted when a member tied
 * to an organisation answers for it), the wave, item answers, and for a pairwise instrument the
 * ratings of each other partner.
 */
export const responseInputSchema = z.strictObject({
  organisation: entityId.optional(),
  wave: entityId,
  answers: z.record(z.string(), answerValue).default({}),
  ratings: z.record(z.string(), z.number()).optional(),
});
export type ResponseInput = z.infer<typeof responseInputSchema>;

/** A response as the engine reads it. */
export interface HealthResponse {
  partner: string;
  wave: string;
  answers: Record<string, number | null>;
  ratings?: Record<string, number> | undefined;
}
