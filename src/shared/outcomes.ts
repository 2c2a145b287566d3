import { z } from "zod";
import { entityId, isoDate, name } from "./primitives.ts";

/** Who set an outcome; `users` and `co_produced` count as the users' voice. */
export const OUTCOME_SET_BY = [
  "commissioner",
  "provider",
  "partners",
  "users",
  "co_produced",
] as const;

/** How far users take part in the framework, after the IAP2 spectrum of public participation. */
export const USER_INVOLVEMENT = ["inform", "consult", "involve", "collaborate", "empower"] as const;

/** Which way an indicator should move. */
export const INDICATOR_DIRECTIONS = ["higher_is_better", "lower_is_better"] as const;

/** Where a measure came from. */
export const MEASURE_SOURCES = ["entered", "imported", "form"] as const;

/** Whether a person's measure was taken before or after the service. */
export const MEASURE_PHASES = ["before", "after"] as const;

const finite = z.number().refine(Number.isFinite, { message: "must be a finite number" });

/** One indicator of an outcome: how its change is observed, in a unit, with baseline and target. */
export const indicatorSchema = z.object({
  id: entityId,
  name,
  unit: z.string().trim().min(1, { message: "must not be empty" }).max(100),
  baseline: finite.optional(),
  target: finite.optional(),
  direction: z.enum(INDICATOR_DIRECTIONS),
});

/** One outcome: the change sought, who set it, and its indicators. */
export const outcomeSchema = z.object({
  id: entityId,
  title: name,
  description: z.string().max(20000).optional(),
  setBy: z.enum(OUTCOME_SET_BY),
  indicators: z.array(indicatorSchema).max(200),
});

const nullableRef = entityId.nullable().default(null);

/** A framework's fields, without the rule that exactly one target is given (a stored one may have none). */
function frameworkFields() {
  return z.object({
    title: name,
    partnership: nullableRef,
    contract: nullableRef,
    supplyChain: nullableRef,
    involvement: z.enum(USER_INVOLVEMENT),
    evidence: z.array(entityId).max(1000).default([]),
    outcomes: z.array(outcomeSchema).max(500),
  });
}

/**
 * An outcome framework as a caller sends it: attached to exactly one partnership, contract or
 * supply chain; outcome ids and indicator ids are unique within the framework (measures name
 * indicators by id).
 */
export const outcomeFrameworkInputSchema = frameworkFields().superRefine((f, ctx) => {
  const targets = [f.partnership, f.contract, f.supplyChain].filter((t) => t !== null);
  if (targets.length !== 1)
    ctx.addIssue({
      code: "custom",
      path: ["partnership"],
      message: `exactly one of partnership, contract or supplyChain must be given (${targets.length} given)`,
    });
  const outcomeIds = new Set<string>();
  const indicatorIds = new Set<string>();
  f.outcomes.forEach((o, i) => {
    if (outcomeIds.has(o.id))
      ctx.addIssue({
        code: "custom",
        path: ["outcomes", i, "id"],
        message: `"${o.id}" is used twice`,
      });
    outcomeIds.add(o.id);
    o.indicators.forEach((ind, j) => {
      if (indicatorIds.has(ind.id))
        ctx.addIssue({
          code: "custom",
          path: ["outcomes", i, "indicators", j, "id"],
          message: `"${ind.id}" is used twice in this framework`,
        });
      indicatorIds.add(ind.id);
    });
  });
});

/** An indicator. */
export type Indicator = z.infer<typeof indicatorSchema>;
/** An outcome. */
export type Outcome = z.infer<typeof outcomeSchema>;
/** A checked framework: its title, one target, involvement, evidence and outcomes. */
export type OutcomeFrameworkInput = z.infer<typeof outcomeFrameworkInputSchema>;

/** A stored framework: a replacing import may have detached it, so every target can be null. */
export const outcomeFrameworkSchema = frameworkFields().extend({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
});

/** A stored framework as the API answers it. */
export type OutcomeFramework = z.infer<typeof outcomeFrameworkSchema>;

/** A person's pseudonymous code: never a name. */
export const personCode = z
  .string()
  .trim()
  .min(1, { message: "must not be empty" })
  .max(100, { message: "must be at most 100 characters" });

/** One measure: an indicator's value on a date, for a person before or after when paired. */
export const measureSchema = z
  .object({
    indicator: entityId,
    date: isoDate,
    value: finite,
    personCode: personCode.optional(),
    phase: z.enum(MEASURE_PHASES).optional(),
    source: z.enum(MEASURE_SOURCES).default("entered"),
  })
  .superRefine((m, ctx) => {
    if (m.phase && !m.personCode)
      ctx.addIssue({
        code: "custom",
        path: ["personCode"],
        message: "is needed with a phase: before and after are paired by person",
      });
  });

/** A measure. */
export type Measure = z.infer<typeof measureSchema>;

/** The voice-of-users gauge: how many outcomes users set or co-produced, of how many. */
export const voiceGaugeSchema = z.object({
  outcomes: z.number().int(),
  byUsers: z.number().int(),
  coProduced: z.number().int(),
  /** (byUsers + coProduced) / outcomes; null when there are no outcomes. */
  share: z.number().nullable(),
});

/** The voice-of-users gauge. */
export type VoiceGauge = z.infer<typeof voiceGaugeSchema>;

/** One indicator over time: its values by date, latest value and progress from baseline to target. */
export const indicatorSummarySchema = z.object({
  indicator: z.string(),
  outcome: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(INDICATOR_DIRECTIONS),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  /** The mean value on each date, oldest first, with how many measures it is the mean of. */
  series: z.array(z.object({ date: z.string(), value: z.number(), count: z.number().int() })),
  latest: z.object({ date: z.string(), value: z.number() }).nullable(),
  /** (latest − baseline) / (target − baseline): 0 at baseline, 1 at target; null without both. */
  progress: z.number().nullable(),
});

/** One indicator over time. */
export type IndicatorSummary = z.infer<typeof indicatorSummarySchema>;

/** Per-person change from before to after on one indicator. */
export const pairedChangeSchema = z.object({
  indicator: z.string(),
  pairs: z.number().int(),
  /** People with only a before or only an after measure. */
  unpaired: z.number().int(),
  meanChange: z.number().nullable(),
  /** The 95 % confidence interval of the mean change (Student's t); null under two pairs. */
  ci95: z.object({ low: z.number(), high: z.number() }).nullable(),
  improved: z.number().int(),
  /** The share whose change went the indicator's better way; null without pairs. */
  improvedShare: z.number().nullable(),
});

/** Per-person change from before to after on one indicator. */
export type PairedChange = z.infer<typeof pairedChangeSchema>;
