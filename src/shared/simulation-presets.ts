import { z } from "zod";
import { calibrationLineSchema, SIMULATION_POLICY_IDS } from "./simulation.ts";

/** A shipped preset as the simulation page shows it: years, policy timeline and stored calibration. */
export const simulationPresetViewSchema = z.object({
  name: z.string(),
  description: z.string(),
  start: z.number(),
  end: z.number(),
  timeline: z.array(
    z.object({
      policy: z.enum(SIMULATION_POLICY_IDS),
      from: z.number(),
      to: z.number().nullable(),
    }),
  ),
  /** The last `partnerscope calibrate`: method, seed, runs, objective and the report (null if never). */
  calibration: z
    .object({
      method: z.string(),
      seed: z.number(),
      runs: z.number(),
      budget: z.number(),
      objective: z.number(),
      report: z.array(calibrationLineSchema),
    })
    .nullable(),
});

/** A shipped preset as the simulation page shows it. */
export type SimulationPresetView = z.infer<typeof simulationPresetViewSchema>;
