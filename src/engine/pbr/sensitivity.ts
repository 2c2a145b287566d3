import type { PbrSensitivity } from "../../shared/pbr-results.ts";
import { type PbrModelResult, runPbrModel } from "./pbr-model.ts";
import type { PreparedPbr } from "./prepare.ts";

export type { PbrSensitivity } from "../../shared/pbr-results.ts";

/**
 * Each provider's NPV change when every group's job start probability moves by −1 and +1
 * percentage point (clamped to 0–1), everything else as modelled.
 * @example sensitivityOf(prepared, base)[0].plus1pp // e.g. +41,200 for the prime
 */
export function sensitivityOf(prepared: PreparedPbr, base: PbrModelResult): PbrSensitivity[] {
  const down = runPbrModel(prepared, { startProbabilityShift: -0.01 });
  const up = runPbrModel(prepared, { startProbabilityShift: 0.01 });
  return base.providers.map((p, i) => ({
    id: p.id,
    minus1pp: down.providers[i]!.npv - p.npv,
    plus1pp: up.providers[i]!.npv - p.npv,
  }));
}
