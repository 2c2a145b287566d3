/**
 * What the outcome-framework API answers (src/api/routes/outcome-frameworks.ts): the framework list
 * with gauges, a framework's summary and the workspace's voice of users, as zod schemas whose
 * inferred types the services return.
 */
import { z } from "zod";
import {
  indicatorSummarySchema,
  pairedChangeSchema,
  USER_INVOLVEMENT,
  voiceGaugeSchema,
} from "./outcomes.ts";

/** A framework's summary: its gauge, each indicator over time and paired change. */
export const outcomeSummarySchema = z.object({
  gauge: voiceGaugeSchema,
  indicators: z.array(indicatorSummarySchema),
  pairedChange: z.array(pairedChangeSchema),
});

/** A framework's summary. */
export type OutcomeSummary = z.infer<typeof outcomeSummarySchema>;

/** A framework in a list: its links, involvement, sizes and gauge, without the outcomes. */
export const outcomeFrameworkSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  partnership: z.string().nullable(),
  contract: z.string().nullable(),
  supplyChain: z.string().nullable(),
  involvement: z.enum(USER_INVOLVEMENT),
  indicators: z.number().int(),
  gauge: voiceGaugeSchema,
  updatedAt: z.string(),
});

/** A framework in a list. */
export type OutcomeFrameworkSummary = z.infer<typeof outcomeFrameworkSummarySchema>;

/** The frameworks of a workspace with the workspace's gauge (over every framework's outcomes). */
export const outcomeFrameworkListSchema = z.object({
  items: z.array(outcomeFrameworkSummarySchema),
  gauge: voiceGaugeSchema.extend({ frameworks: z.number().int() }),
});

/** The frameworks of a workspace with the workspace's gauge. */
export type OutcomeFrameworkList = z.infer<typeof outcomeFrameworkListSchema>;

/** The voice-of-users gauge across a workspace and per partnership, with partnership names. */
export const voiceOfUsersSchema = z.object({
  total: voiceGaugeSchema.extend({ frameworks: z.number().int() }),
  partnerships: z.array(
    voiceGaugeSchema.extend({
      partnership: z.string(),
      frameworks: z.number().int(),
      name: z.string(),
    }),
  ),
});

/** The voice-of-users gauge across a workspace and per partnership. */
export type VoiceOfUsers = z.infer<typeof voiceOfUsersSchema>;

/** How many measures a request added. */
export const measuresAddedSchema = z.object({ added: z.number().int() });
/** How many measures a write added. */
export type MeasuresAdded = z.infer<typeof measuresAddedSchema>;
