import { z } from "zod";
import type { Band, ScenarioChange } from "./simulation.ts";

/** At most this many scenarios are compared side by side. */
export const SIMULATION_COMPARE_MAX = 4;

/** A request to compare scenarios: each with a label, all run with the same seed and runs. */
export const simulationCompareRequestSchema = z
  .object({
    scenarios: z
      .array(
        z
          .object({
            label: z.string().trim().min(1, { message: "must name the scenario" }).max(80),
            // Checked in full by the service, which names the path of each problem.
            scenario: z.unknown(),
          })
          .strict(),
      )
      .min(1, { message: "must list at least one scenario" })
      .max(SIMULATION_COMPARE_MAX, {
        message: `must list at most ${SIMULATION_COMPARE_MAX} scenarios`,
      }),
    runs: z.number().int().min(1).optional(),
    seed: z.number().int().min(0).max(2_147_483_647).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    // Labels name the charts, columns and CSV rows, so two scenarios must not share one.
    r.scenarios.forEach((s, i) => {
      if (r.scenarios.findIndex((o) => o.label === s.label) < i)
        ctx.addIssue({
          code: "custom",
          path: ["scenarios", i, "label"],
          message: `repeats the label "${s.label}"`,
        });
    });
  });
export type SimulationCompareRequest = z.infer<typeof simulationCompareRequestSchema>;

/** One year of a compared scenario: P10–P90 bands over runs of the statistics compared. */
export interface ComparisonYear {
  year: number;
  organisations: Band;
  /** Top-20 share per entity (each organisation counted on its own). */
  top20Share: Band;
  mergers: Band;
  /** Partnerships by continuum stage "0" … "7" (0: stand-alone organisations, 7: mergers so far). */
  partnershipsByStage: Record<string, Band>;
}

/** One scenario of a comparison: its label, preset, changes and yearly bands. */
export interface ComparedScenario {
  label: string;
  preset: string;
  changes: ScenarioChange[];
  years: ComparisonYear[];
}

/** Scenarios run with the same seed and number of runs, side by side. */
export interface SimulationComparison {
  seed: number;
  runs: number;
  scenarios: ComparedScenario[];
}

/** The statistics a comparison shows, in order, with plain-language names. */
export const COMPARISON_STATISTICS = [
  { key: "organisations", label: "Organisations" },
  { key: "top20Share", label: "Top-20 share of homes" },
  { key: "mergers", label: "Mergers in the year" },
  ...[0, 1, 2, 3, 4, 5, 6, 7].map((stage) => ({
    key: `stage.${stage}`,
    label: stage === 0 ? "Stand-alone organisations" : `Partnerships at stage ${stage}`,
  })),
] as const;

/** One statistic's band in a year: `organisations`, `top20Share`, `mergers` or `stage.N`. */
export function comparisonBandOf(year: ComparisonYear, key: string): Band {
  if (key.startsWith("stage.")) {
    const band = year.partnershipsByStage[key.slice(6)];
    if (!band) throw new RangeError(`${key}: not a continuum stage`);
    return band;
  }
  if (key === "organisations" || key === "top20Share" || key === "mergers") return year[key];
  throw new RangeError(`${key}: not a compared statistic`);
}

/**
 * A comparison as long-format CSV rows: scenario, changes (as JSON), year, statistic, mean, P10,
 * P90 — one row per scenario, year and statistic, with the seed and runs on every row.
 */
export function comparisonRowsOf(c: SimulationComparison): (string | number)[][] {
  return c.scenarios.flatMap((s) =>
    s.years.flatMap((y) =>
      COMPARISON_STATISTICS.map(({ key }) => {
        const b = comparisonBandOf(y, key);
        return [
          s.label,
          s.preset,
          JSON.stringify(s.changes),
          c.seed,
          c.runs,
          y.year,
          key,
          b.mean,
          b.p10,
          b.p90,
        ];
      }),
    ),
  );
}

/** The header of `comparisonRowsOf`. */
export const COMPARISON_CSV_HEADER = [
  "scenario",
  "preset",
  "changes",
  "seed",
  "runs",
  "year",
  "statistic",
  "mean",
  "p10",
  "p90",
] as const;
