import type { SeededRandom } from "../graph/index.ts";

/** The best point found in the unit cube and its objective value. */
export interface Optimum {
  x: number[];
  value: number;
  evaluations: number;
}

const clamp = (x: number[]) => x.map((v) => Math.min(1, Math.max(0, v)));

/**
 * Minimises f over [0, 1]^d within `budget` evaluations: a third of them on random points (the
 * first is `start`), the rest on Nelder–Mead (reflection 1, expansion 2, contraction ½, shrink ½)
 * from the best of those, its points clamped to the cube. Deterministic for a given rng.
 * @example minimise((x) => (x[0] - 0.3) ** 2, [0.5], 60, rng).x[0] // ≈ 0.3
 */
export function minimise(
  f: (x: number[]) => number,
  start: number[],
  budget: number,
  rng: SeededRandom,
): Optimum {
  let evaluations = 0;
  const value = (x: number[]) => {
    evaluations++;
    return f(x);
  };
  const d = start.length;
  let best = { x: clamp(start), value: value(clamp(start)) };
  const random = Math.max(0, Math.floor(budget / 3) - 1);
  for (let k = 0; k < random && evaluations < budget; k++) {
    const x = start.map(() => rng.next());
    const v = value(x);
    if (v < best.value) best = { x, value: v };
  }
  const simplex = [
    best,
    ...Array.from({ length: d }, (_, i) => {
      const x = [...best.x];
      x[i] = x[i]! + (x[i]! > 0.5 ? -0.15 : 0.15);
      return { x, value: Number.POSITIVE_INFINITY };
    }),
  ];
  for (const p of simplex)
    if (!Number.isFinite(p.value) && evaluations < budget) p.value = value(p.x);
  while (evaluations + 2 <= budget) {
    simplex.sort((a, b) => a.value - b.value);
    const worst = simplex[d]!;
    const centroid = Array.from(
      { length: d },
      (_, i) => simplex.slice(0, d).reduce((s, p) => s + p.x[i]!, 0) / d,
    );
    const along = (t: number) => clamp(centroid.map((c, i) => c + t * (c - worst.x[i]!)));
    const r = { x: along(1), value: 0 };
    r.value = value(r.x);
    if (r.value < simplex[0]!.value) {
      const e = { x: along(2), value: 0 };
      e.value = value(e.x);
      simplex[d] = e.value < r.value ? e : r;
    } else if (r.value < simplex[d - 1]!.value) simplex[d] = r;
    else {
      const c = { x: along(-0.5), value: 0 };
      c.value = value(c.x);
      if (c.value < worst.value) simplex[d] = c;
      else
        for (let k = 1; k <= d && evaluations < budget; k++) {
          simplex[k]!.x = simplex[k]!.x.map(
            (v, i) => simplex[0]!.x[i]! + 0.5 * (v - simplex[0]!.x[i]!),
          );
          simplex[k]!.value = value(simplex[k]!.x);
        }
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  const top = simplex[0]!.value < best.value ? simplex[0]! : best;
  return { x: top.x, value: top.value, evaluations };
}
