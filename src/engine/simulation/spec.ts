import {
  type Problem,
  type Scenario,
  type SimulationParameters,
  type SimulationPreset,
  simulationPresetSchema,
} from "../../shared/index.ts";
import { problemsOf } from "../../shared/problems.ts";
import { type ActivePolicy, POLICIES, resolveEntry } from "./policies.ts";
import { PRESET_DATA } from "./presets/index.ts";
import type { RunSpec } from "./run.ts";

/** A preset or scenario that cannot be used, with each problem's JSON path. */
export class SpecError extends Error {
  override name = "SpecError";
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message);
  }
}

/** The names of the shipped presets. */
export function presetNames(): string[] {
  return Object.keys(PRESET_DATA).sort();
}

/** Validates preset data (a shipped file, or one being calibrated). */
export function presetOf(data: unknown, name: string): SimulationPreset {
  const parsed = simulationPresetSchema.safeParse(data);
  if (!parsed.success)
    throw new SpecError(`preset ${name} is not valid`, problemsOf(parsed.error, data));
  return parsed.data;
}

/** A shipped preset by name, or a SpecError listing the names. */
export function presetNamed(name: string, path = "$.preset"): SimulationPreset {
  const data = PRESET_DATA[name];
  if (data === undefined)
    throw new SpecError(`there is no preset "${name}"`, [
      { path, message: `must be one of ${presetNames().join(", ")}` },
    ]);
  return presetOf(data, name);
}

/** The run spec of a preset as it stands (its base parameters and policy timeline). */
export function specOfPreset(preset: SimulationPreset, years?: number): RunSpec {
  return {
    start: preset.start,
    years: years ?? preset.end - preset.start + 1,
    initial: preset.initial,
    base: preset.parameters as SimulationParameters,
    timeline: preset.timeline.map(resolveEntry),
    window: preset.window,
  };
}

/**
 * Applies a scenario's changes to its preset's timeline: `enabled: false` removes a policy, a policy
 * not on the timeline is added (with its own years unless `from`/`to` say otherwise), `from`/`to`
 * move it and `parameters` override the values it sets.
 */
export function specOfScenario(scenario: Scenario): { preset: SimulationPreset; spec: RunSpec } {
  const preset = presetNamed(scenario.preset);
  const spec = specOfPreset(preset, scenario.years);
  let timeline: ActivePolicy[] = spec.timeline;
  for (const change of scenario.changes) {
    const existing = timeline.find((p) => p.policy === change.policy);
    timeline = timeline.filter((p) => p.policy !== change.policy);
    if (change.enabled === false) continue;
    const policy = POLICIES[change.policy];
    const base = existing ?? {
      policy: policy.id,
      from: policy.start,
      to: policy.end,
      parameters: { ...policy.parameters },
    };
    timeline.push({
      policy: base.policy,
      from: change.from ?? base.from,
      to: change.to === undefined ? base.to : change.to,
      parameters: { ...base.parameters, ...change.parameters },
    });
  }
  return { preset, spec: { ...spec, timeline } };
}
