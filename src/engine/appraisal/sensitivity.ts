import type { TornadoBar } from "../../shared/appraisal-results.ts";
import { type LineModel, lineNpv } from "./line-model.ts";

export type { TornadoBar } from "../../shared/appraisal-results.ts";

/**
 * One-way sensitivity of NPV to each ranged line, sorted by swing (largest first, ties by line id).
 * NPV is linear in each line's amount, so each end is the base NPV plus that line's change.
 * @example tornadoOf(model.lines, 1000)[0].swing
 */
export function tornadoOf(lines: readonly LineModel[], baseNpv: number): TornadoBar[] {
  return lines
    .filter((line) => line.range !== undefined)
    .map((line) => {
      const { low, high } = line.range!;
      const npvAtLow = baseNpv + lineNpv(line, low) - lineNpv(line);
      const npvAtHigh = baseNpv + lineNpv(line, high) - lineNpv(line);
      return {
        lineId: line.id,
        kind: line.kind,
        low,
        high,
        npvAtLow,
        npvAtHigh,
        swing: Math.abs(npvAtHigh - npvAtLow),
      };
    })
    .sort((a, b) => b.swing - a.swing || (a.lineId < b.lineId ? -1 : 1));
}
