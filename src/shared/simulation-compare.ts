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
  .strict();
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
