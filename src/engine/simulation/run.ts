import type { InitialSector, SimulationParameters } from "../../shared/simulation.ts";
import { seededRandom } from "../graph/index.ts";
import { initialSector } from "./initial.ts";
import { procurementGroups, supplyChains } from "./mandates.ts";
import { emptyMetrics, measure, measureChange, type RunMetrics } from "./metrics.ts";
import { partnering } from "./partnering.ts";
import { type ActivePolicy, parametersInYear } from "./policies.ts";
import type { SectorState } from "./state.ts";
import { developerExits, entrants, exits, fundDevelopers, grow, type StepContext } from "./step.ts";

/** Everything one run needs, as plain data (it is sent to worker threads as is). */
export interface RunSpec {
  start: number;
  /** Yearly steps: years start … start + years − 1 are reported. */
  years: number;
  initial: InitialSector;
  base: SimulationParameters;
  timeline: ActivePolicy[];
  /** Constitutional change is counted in years [from, to); 'large' is a size at `from`. */
  window: { from: number; to: number; large: number };
}

/** One run's statistics and, when asked for, its final state with the yearly sizes. */
export interface RunOutput {
  metrics: RunMetrics;
  state: SectorState | null;
}

/**
 * Runs the model once: the starting sector, then each year the parameters in force (base values
 * under active policies), measurement, funding, growth, exits, stock transfers, partnering and the
 * mandates. Pure: the same spec and seed give the same output.
 * @example simulateRun(spec, 7).metrics.organisations[0] // the starting count
 */
export function simulateRun(spec: RunSpec, seed: number, keepState = false): RunOutput {
  const rng = seededRandom(seed);
  const initial = spec.initial;
  const capacity =
    initial.organisations +
    Math.ceil((spec.base.entrants * initial.organisations * spec.years) / 500) +
    64;
  const s = initialSector(initial, spec.start, rng, capacity);
  const metrics = emptyMetrics(spec.start, spec.years);
  const ctx: StepContext = {
    rng,
    year: spec.start,
    initialCount: initial.organisations,
    regionShares: initial.regions.map((r) => r.share),
    scratch: new Float64Array(0),
    windowFrom: spec.window.from,
    mergers: 0,
    sequence: 0,
    grantRate: 0,
  };
  let sizeAtWindow = new Float64Array(0);
  let mergersSoFar = 0;
  let mandated = false;
  let chains = false;
  for (let y = 0; y < spec.years; y++) {
    ctx.year = spec.start + y;
    ctx.mergers = 0;
    ctx.sequence = 0;
    const p = parametersInYear(spec.base, spec.timeline, ctx.year);
    if (ctx.scratch.length < 3 * s.n) ctx.scratch = new Float64Array(4 * s.n);
    if (keepState) s.history.push(s.size.slice(0, s.n).map((v, a) => (s.alive[a] ? v : -1)));
    if (ctx.year === spec.window.from)
      sizeAtWindow = s.size.slice(0, s.n).map((v, a) => (s.alive[a] && s.kind[a]! <= 1 ? v : -1));
    measure(s, p, metrics, y, mergersSoFar, ctx.scratch);
    fundDevelopers(s, p, ctx);
    grow(s, p, ctx);
    developerExits(s, p, ctx);
    exits(s, p, ctx);
    entrants(s, p, ctx);
    partnering(s, p, ctx, initial.regions.length);
    mandated ||= p.procurementGroupMax > 0;
    if (mandated) procurementGroups(s, p, ctx);
    chains ||= p.primes > 0;
    if (chains) supplyChains(s, p, ctx);
    metrics.mergers[y] = ctx.mergers;
    mergersSoFar += ctx.mergers;
  }
  if (keepState) s.history.push(s.size.slice(0, s.n).map((v, a) => (s.alive[a] ? v : -1)));
  measureChange(s, sizeAtWindow, spec.window.to, spec.window.large, metrics);
  return { metrics, state: keepState ? s : null };
}
