import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SimulationParameters } from "../../shared/simulation.ts";
import { runSeed } from "./random.ts";
import { type RunSpec, simulateRun } from "./run.ts";
import { presetNamed, specOfPreset } from "./spec.ts";
import { EVENT, KIND, YEAR_CODE } from "./state.ts";

const england = specOfPreset(presetNamed("england-housing-2002"));

/** A small sector with the England parameters moved by fast-check. */
function smallSpec(
  organisations: number,
  partneringRate: number,
  exitRate: number,
  entrants: number,
): RunSpec {
  const base: SimulationParameters = { ...england.base, partneringRate, exitRate, entrants };
  return { ...england, years: 6, base, initial: { ...england.initial, organisations } };
}

describe("simulateRun", () => {
  it("gives the same run for the same seed and a different one for another", () => {
    const a = simulateRun(england, 11).metrics;
    expect(simulateRun(england, 11).metrics).toEqual(a);
    expect(simulateRun(england, 12).metrics.organisations).not.toEqual(a.organisations);
  });

  it("starts from the published 2002 sector", () => {
    const m = simulateRun(england, runSeed(1, 0)).metrics;
    expect(m.organisations[0]).toBe(2075);
    expect(m.meanSize[0]).toBeCloseTo(955, 6);
    expect(m.top20Entity[0]).toBeCloseTo(0.26, 6);
  });

  it("keeps sizes non-negative, counts consistent, and merges only organisations that existed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 400 }),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (n, rate, exit, entrants, seed) => {
          const spec = smallSpec(n, rate, exit, entrants);
          const { metrics, state } = simulateRun(spec, seed, true);
          const s = state!;
          for (let a = 0; a < s.n; a++) expect(s.size[a]).toBeGreaterThanOrEqual(0);
          // Counts: the associations alive at each year's start are the ones with a size that year.
          s.history.slice(0, spec.years).forEach((sizes, y) => {
            let alive = 0;
            sizes.forEach((v, a) => {
              if (v >= 0 && s.kind[a]! <= KIND.stockTransfer) alive++;
            });
            expect(metrics.organisations[y]).toBe(alive);
          });
          // Mergers: both partners existed at the event; the junior is gone from then on.
          const e = s.events;
          const gone = new Map<number, number>();
          const mergers = new Float64Array(spec.years);
          for (let k = 0; k < e.type.length; k++) {
            const type = e.type.at(k);
            const when = e.when.at(k);
            for (const x of [e.a.at(k), e.b.at(k)])
              if (x >= 0 && gone.has(x)) expect(gone.get(x)!).toBeGreaterThan(when);
            if (type === EVENT.merged || type === EVENT.transfer) {
              mergers[Math.floor(when / YEAR_CODE) - spec.start]!++;
              gone.set(e.b.at(k), when);
              expect(s.born[e.b.at(k)]).toBeLessThanOrEqual(Math.floor(when / YEAR_CODE));
            }
            if (type === EVENT.exited) gone.set(e.a.at(k), when);
          }
          expect(Array.from(metrics.mergers)).toEqual(Array.from(mergers));
          // Nobody leaves a partnership before joining it.
          const m = s.members;
          for (let k = 0; k < m.left.length; k++)
            if (m.left.at(k) !== -1) expect(m.left.at(k)).toBeGreaterThanOrEqual(m.joined.at(k));
          const stageSum = metrics.stages.filter((_, i) => i % 8 === 7);
          expect(stageSum.at(-1)).toBe(mergers.slice(0, -1).reduce((x, v) => x + v, 0));
        },
      ),
      { numRuns: 25 },
    );
  });
});
