import { DEFAULT_VALUE_MAP_RUN, evaluateValueMap } from "../../engine/value-map/evaluate.ts";
import { type Problem, problemsOf } from "../../shared/problems.ts";
import { type ValueMapDocument, valueMapSchema } from "../../shared/value-map.ts";
import type { ValueMapPerspectiveResult, ValueMapResult } from "../../shared/value-map-results.ts";

/** A parsed value map, or every problem with its JSON path. */
export type ParsedValueMap =
  | { ok: true; doc: ValueMapDocument }
  | { ok: false; problems: Problem[] };

/** Validates an unknown JSON value as a partnerscope-valuemap/v1 document. */
export function parseValueMap(input: unknown): ParsedValueMap {
  const parsed = valueMapSchema.safeParse(input);
  return parsed.success
    ? { ok: true, doc: parsed.data }
    : { ok: false, problems: problemsOf(parsed.error, input) };
}

/** Evaluates a value map with optional Monte Carlo overrides (10,000 iterations, seed 1 by default). */
export function runValueMap(
  doc: ValueMapDocument,
  run: { iterations?: number; seed?: number } = {},
): ValueMapResult {
  return evaluateValueMap(doc, {
    iterations: run.iterations ?? DEFAULT_VALUE_MAP_RUN.iterations,
    seed: run.seed ?? DEFAULT_VALUE_MAP_RUN.seed,
  });
}

/** The `--json` contract of issue 13: per perspective figures and flags, nothing more. */
export interface ValueMapContract {
  perspectives: ValueMapPerspectiveResult[];
  flags: ValueMapResult["flags"];
}

/** Picks the contract's fields from a full result, in the contract's order. */
export function valueMapContract(result: ValueMapResult): ValueMapContract {
  return {
    perspectives: result.perspectives.map((p) => ({
      id: p.id,
      pvBenefits: p.pvBenefits,
      pvInputs: p.pvInputs,
      npv: p.npv,
      ratio: p.ratio,
      netRatio: p.netRatio,
      byStakeholder: p.byStakeholder,
      byOutcome: p.byOutcome,
      sensitivity: p.sensitivity,
      breakEvenProxy: p.breakEvenProxy,
      monteCarlo: p.monteCarlo,
    })),
    flags: result.flags,
  };
}
