import { z } from "zod";

/** The identifier of a scenario document: `partnerscope-scenario/v1`. */
export const SCENARIO_FORMAT = "partnerscope-scenario/v1";

/** The policies the sector simulation ships (their data lives in src/engine/simulation/policies.ts). */
export const SIMULATION_POLICY_IDS = [
  "public_funding_1974",
  "private_finance_1988",
  "investment_partnering_2004",
  "lender_repricing_2008",
  "regulator_change_2008",
  "procurement_groups_ni_2008",
  "work_programme_2011",
] as const;
export type SimulationPolicyId = (typeof SIMULATION_POLICY_IDS)[number];

/** Each policy in the product's words, for pages and reports (the engine's policies carry them too). */
export const SIMULATION_POLICY_LABELS: Record<SimulationPolicyId, string> = {
  public_funding_1974: "Housing Act 1974: public funding for associations",
  private_finance_1988: "Housing Act 1988: private finance",
  investment_partnering_2004: "Investment partnering: grant to a few lead developers",
  lender_repricing_2008: "Credit crisis: lenders re-price loans at mergers",
  regulator_change_2008: "Housing and Regeneration Act 2008: new regulator",
  procurement_groups_ni_2008: "Northern Ireland: mandated procurement groups",
  work_programme_2011: "Work Programme: primes and supply chains",
};

/** The model's parameters; policies and scenarios move them by name (docs/decisions/0011). */
export const SIMULATION_PARAMETERS = [
  "growth",
  "growthSd",
  "grantGrowth",
  "fundedDevelopers",
  "entrants",
  "entrantMedian",
  "entrantSd",
  "exitRate",
  "exitSize",
  "partneringRate",
  "sizeElasticity",
  "regionLocal",
  "tieWeight",
  "benefitScale",
  "benefitFunding",
  "benefitRescue",
  "costConsortium",
  "costGroup",
  "costMerger",
  "repricingCost",
  "deepenRate",
  "leaveRate",
  "developerExitRate",
  "procurementGroupMin",
  "procurementGroupMax",
  "procurementRegion",
  "primes",
  "supplyChainSize",
] as const;
export type SimulationParameter = (typeof SIMULATION_PARAMETERS)[number];
export type SimulationParameters = Record<SimulationParameter, number>;

const year = z.number().int().min(1900).max(2200);
const finite = z.number().refine(Number.isFinite, { message: "must be a finite number" });
const parameterValues = z
  .record(z.string(), finite)
  .superRefine((values, ctx) => {
    for (const key of Object.keys(values))
      if (!(SIMULATION_PARAMETERS as readonly string[]).includes(key))
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `is not a parameter of the model (known: ${SIMULATION_PARAMETERS.join(", ")})`,
        });
  })
  .transform((v) => v as Partial<SimulationParameters>);

/** One change a scenario makes to its preset's policy timeline. */
export const scenarioChangeSchema = z
  .object({
    policy: z.enum(SIMULATION_POLICY_IDS, {
      message: `must be one of ${SIMULATION_POLICY_IDS.join(", ")}`,
    }),
    enabled: z.boolean().optional(),
    from: year.optional(),
    to: year.nullable().optional(),
    parameters: parameterValues.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.from !== undefined && typeof c.to === "number" && c.to < c.from)
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `must not be before from (${c.from})`,
      });
  });
export type ScenarioChange = z.infer<typeof scenarioChangeSchema>;

/** A scenario: a preset, changes to its policies, and optionally years, seed and runs. */
export const scenarioSchema = z
  .object({
    format: z.literal(SCENARIO_FORMAT, { message: `must be "${SCENARIO_FORMAT}"` }),
    preset: z.string().min(1, { message: "must name a preset" }),
    years: z.number().int().min(1).max(60).optional(),
    changes: z.array(scenarioChangeSchema).default([]),
    seed: z.number().int().min(0).max(2_147_483_647).optional(),
    runs: z.number().int().min(1).optional(),
  })
  .strict();
export type Scenario = z.infer<typeof scenarioSchema>;

/** A policy on a preset's timeline: which one, when, and the values it sets while active. */
export const timelineEntrySchema = z.object({
  policy: z.enum(SIMULATION_POLICY_IDS),
  from: year,
  to: year.nullable().default(null),
  parameters: parameterValues.default({}),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** A calibration target: a statistic of the runs, the published value and its tolerance band. */
export const calibrationTargetSchema = z.object({
  id: z.string().min(1),
  target: finite,
  low: finite,
  high: finite,
  source: z.string().min(1),
});
export type CalibrationTarget = z.infer<typeof calibrationTargetSchema>;

/** One line of a calibration report. */
export const calibrationLineSchema = z.object({
  id: z.string(),
  target: z.number(),
  low: z.number(),
  high: z.number(),
  observed: z.number(),
  p5: z.number(),
  p95: z.number(),
  within: z.boolean(),
});
export type CalibrationLine = z.infer<typeof calibrationLineSchema>;

/** The sector a preset starts from: how many organisations, their sizes, regions and ties. */
export const initialSectorSchema = z.object({
  organisations: z.number().int().min(1),
  meanSize: finite,
  top20Share: z.number().min(0).max(1),
  largestSize: finite.optional(),
  regions: z.array(z.object({ name: z.string().min(1), share: z.number().min(0) })).min(1),
  groups: z.number().int().min(0).default(0),
  consortia: z.number().int().min(0).default(0),
  developers: z.number().int().min(0).optional(),
  charities: z.number().int().min(0).default(0),
  companies: z.number().int().min(0).default(0),
});
export type InitialSector = z.infer<typeof initialSectorSchema>;

/** A free parameter: a path (`base.NAME` or `policy.ID.NAME`) and the range calibration searches. */
export const freeParameterSchema = z.object({
  path: z.string().regex(/^(base\.\w+|policy\.\w+\.\w+)$/),
  low: finite,
  high: finite,
});

/** A preset: a starting sector, base parameters, a policy timeline, targets and the last calibration. */
export const simulationPresetSchema = z.object({
  name: z.string().min(1),
  description: z.string(),
  start: year,
  end: year,
  nation: z.enum(["england", "wales", "scotland", "northern_ireland"]),
  /** Constitutional change is counted in years [from, to); 'large' is a size at `from` (homes). */
  window: z.object({ from: year, to: year, large: finite }),
  initial: initialSectorSchema,
  parameters: parameterValues,
  timeline: z.array(timelineEntrySchema),
  free: z.array(freeParameterSchema),
  targets: z.array(calibrationTargetSchema),
  calibration: z
    .object({
      method: z.string(),
      seed: z.number().int(),
      runs: z.number().int(),
      budget: z.number().int(),
      objective: z.number(),
      report: z.array(calibrationLineSchema),
    })
    .nullable()
    .default(null),
});
export type SimulationPreset = z.infer<typeof simulationPresetSchema>;

/** Mean and 10th / 90th percentiles of one statistic over the runs. */
export interface Band {
  mean: number;
  p10: number;
  p90: number;
}

/** One year of a simulation summary (states at the start of the year, flows during it). */
export interface SimulationYear {
  year: number;
  organisations: Band;
  meanSize: Band;
  top20Share: { entity: Band; group: Band };
  mergers: Band;
  partnershipsByStage: Record<string, Band>;
}

/** What `partnerscope simulate --json` prints: bands over runs, constitutional change, calibration. */
export interface SimulationSummary {
  preset: string;
  seed: number;
  runs: number;
  years: SimulationYear[];
  constitutionalChange: { from: number; to: number; share: number; shareLarge: number };
  /** low–high is the target's tolerance band (`within` tests the mean against it); p5–p95 the 90% interval over runs. */
  calibration: CalibrationLine[];
}

/**
 * The fixed contract of `simulate --json` (issue 15): calibration lines carry only id, target, the
 * tolerance band (low, high), the observed mean and whether it is within the band.
 */
export type SimulationSummaryJson = Omit<SimulationSummary, "calibration"> & {
  calibration: Omit<CalibrationLine, "p5" | "p95">[];
};
