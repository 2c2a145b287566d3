import type { CalibrationLine, SimulationPolicyId } from "./simulation.ts";

/** A shipped preset as the simulation page shows it: years, policy timeline and stored calibration. */
export interface SimulationPresetView {
  name: string;
  description: string;
  start: number;
  end: number;
  timeline: { policy: SimulationPolicyId; from: number; to: number | null }[];
  /** The last `partnerscope calibrate`: method, seed, runs, objective and the report (null if never). */
  calibration: {
    method: string;
    seed: number;
    runs: number;
    budget: number;
    objective: number;
    report: CalibrationLine[];
  } | null;
}
