import { presetNamed, presetNames } from "../../engine/simulation/spec.ts";
import type { SimulationPresetView } from "../../shared/simulation-presets.ts";

/**
 * The shipped presets with their policy timelines and stored calibration reports (target,
 * tolerance, observed mean, P5–P95 over the calibration's runs, within), for the simulation page.
 */
export function simulationPresetsView(): SimulationPresetView[] {
  return presetNames().map((name) => {
    const p = presetNamed(name);
    return {
      name: p.name,
      description: p.description,
      start: p.start,
      end: p.end,
      timeline: p.timeline.map(({ policy, from, to }) => ({ policy, from, to })),
      calibration: p.calibration,
    };
  });
}
