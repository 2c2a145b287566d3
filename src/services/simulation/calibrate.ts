import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { calibratePreset } from "../../engine/simulation/calibrate.ts";
import { PRESET_FILES } from "../../engine/simulation/presets/index.ts";
import { runSeed } from "../../engine/simulation/random.ts";
import { simulateRun } from "../../engine/simulation/run.ts";
import { presetNames, presetOf } from "../../engine/simulation/spec.ts";
import type { SimulationPreset } from "../../shared/simulation.ts";
import { invalid } from "../errors.ts";

/** Where a preset's file is, beside the engine that reads it. */
export function presetPath(name: string): string {
  const file = PRESET_FILES[name];
  if (file === undefined)
    throw invalid(`there is no preset "${name}"`, [
      { path: "--preset", message: `must be one of ${presetNames().join(", ")}` },
    ]);
  return fileURLToPath(new URL(`../../engine/simulation/presets/${file}`, import.meta.url));
}

/**
 * Fits a preset's free parameters to its targets (decision 0011) with `runs` seeded runs per point,
 * then writes the fitted values and the calibration report into the preset's file (unless `write`
 * is false) and returns the fitted preset. Runs in this thread: the result depends only on the seed.
 */
export async function presetCalibrate(
  name: string,
  options: { budget: number; seed: number; runs: number; write?: boolean },
): Promise<SimulationPreset> {
  const path = presetPath(name);
  const preset = presetOf(JSON.parse(await readFile(path, "utf8")), name);
  const fitted = calibratePreset(
    preset,
    (spec) =>
      Array.from(
        { length: options.runs },
        (_, i) => simulateRun(spec, runSeed(options.seed, i)).metrics,
      ),
    options,
  );
  if (options.write !== false) await writeFile(path, `${JSON.stringify(fitted, null, 2)}\n`);
  return fitted;
}
