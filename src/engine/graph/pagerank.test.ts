import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { referencePageRankOf } from "../../../test/reference/pagerank-reference.ts";
import { buildCsrGraph } from "./csr.ts";
import { pageRankOf } from "./pagerank.ts";

// Graphs with repeated pairs, self-loops, isolated (dangling) nodes and fractional weights.
const graphs = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(
        fc.tuple(
          fc.nat(n - 1),
          fc.nat(n - 1),
          fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.01, max: 50, noNaN: true })),
        ),
        { maxLength: 120 },
      ),
    }),
  )
  .map(({ n, edges }) =>
    buildCsrGraph(n, {
      sources: edges.map((e) => e[0]),
      targets: edges.map((e) => e[1]),
      weights: edges.map((e) => e[2]),
    }),
  );

describe("pageRankOf against the power iteration it replaced", () => {
  it("gives bit-identical ranks and the same iteration count, weighted and unweighted", () => {
    fc.assert(
      fc.property(
        graphs,
        fc.boolean(),
        fc.constantFrom(1e-6, 1e-10, 1e-14),
        fc.integer({ min: 1, max: 200 }),
        (g, weighted, tolerance, maxIterations) => {
          const options = { weighted, tolerance, maxIterations };
          const now = pageRankOf(g, options);
          const before = referencePageRankOf(g, options);
          expect(now.iterations).toBe(before.iterations);
          expect(now.converged).toBe(before.converged);
          expect(Array.from(now.ranks)).toEqual(Array.from(before.ranks));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("is the same on a 2,000-node graph with rows long enough to unroll", () => {
    const n = 2000;
    const sources: number[] = [];
    const targets: number[] = [];
    const weights: number[] = [];
    for (let e = 0; e < 20_000; e++) {
      sources.push((e * 7919) % n);
      targets.push((e * 104_729 + 13) % n);
      weights.push(1 + (e % 5) / 3);
    }
    const g = buildCsrGraph(n, { sources, targets, weights });
    const options = { tolerance: 1e-13, maxIterations: 500 };
    expect(Array.from(pageRankOf(g, options).ranks)).toEqual(
      Array.from(referencePageRankOf(g, options).ranks),
    );
  });
});
