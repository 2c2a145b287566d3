import type { ValueMapDocument, ValueMapOutcome } from "../../shared/value-map.ts";
import type { ValueMapSensitivityRow } from "../../shared/value-map-results.ts";
import { durationFactor, outcomePv, retainedShare } from "./impact.ts";
import { type PerspectiveBase, ratioOf } from "./perspectives.ts";

type Parameter = ValueMapSensitivityRow["parameter"];

/** How far each parameter moves: shares by ± 10 percentage points (kept in 0–1), amounts by ± 20 %. */
const MOVES: readonly (readonly [Parameter, "points" | "percent"])[] = [
  ["deadweight", "points"],
  ["attribution", "points"],
  ["dropOff", "points"],
  ["proxy", "percent"],
  ["quantity", "percent"],
];

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

function parameterOf(o: ValueMapOutcome, p: Parameter): number {
  return p === "proxy" ? o.proxy.value : o[p];
}

function moved(o: ValueMapOutcome, p: Parameter, value: number): ValueMapOutcome {
  return p === "proxy" ? { ...o, proxy: { ...o.proxy, value } } : { ...o, [p]: value };
}

/**
 * The sensitivity table of one perspective: each of its outcomes' deadweight, attribution and drop-off
 * ± 10 points (clamped to 0–1), proxy and quantity ± 20 %, with the ratio each gives, others fixed.
 */
export function sensitivityRows(
  doc: Pick<ValueMapDocument, "outcomes">,
  base: PerspectiveBase,
  pvs: readonly number[],
  df: Float64Array,
): ValueMapSensitivityRow[] {
  const rows: ValueMapSensitivityRow[] = [];
  for (const i of base.outcomes) {
    const o = doc.outcomes[i]!;
    const others = base.pvBenefits - pvs[i]!;
    for (const [parameter, kind] of MOVES) {
      const value = parameterOf(o, parameter);
      const ends =
        kind === "points"
          ? [clamp01(value - 0.1), clamp01(value + 0.1)]
          : [value * 0.8, value * 1.2];
      const [low, high] = ends.map((v) => ({
        value: v,
        ratio: ratioOf(others + outcomePv(moved(o, parameter, v), df), base.pvInputs),
      }));
      rows.push({ outcome: o.id, parameter, base: value, low: low!, high: high! });
    }
  }
  return rows;
}

/**
 * The proxy of each outcome at which the perspective's ratio is exactly 1, others fixed. PV is linear
 * in the proxy (PV = proxy × quantity × retained share × duration factor), so it is solved exactly:
 * proxy* = (pvInputs − other outcomes' PV) / (quantity × retained × factor). Null when the outcome
 * cannot move the ratio (zero weight) or there are no inputs. A negative value means the ratio stays
 * above 1 even with a proxy of zero.
 */
export function breakEvenProxies(
  doc: Pick<ValueMapDocument, "outcomes">,
  base: PerspectiveBase,
  pvs: readonly number[],
  df: Float64Array,
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const i of base.outcomes) {
    const o = doc.outcomes[i]!;
    const perUnitProxy = o.quantity * retainedShare(o) * durationFactor(o, df);
    const others = base.pvBenefits - pvs[i]!;
    out[o.id] =
      perUnitProxy > 0 && base.pvInputs > 0 ? (base.pvInputs - others) / perUnitProxy : null;
  }
  return out;
}
