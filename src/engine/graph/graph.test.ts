import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  betweennessOf,
  buildCsrGraph,
  degreeOf,
  louvainOf,
  modularityOf,
  pageRankOf,
  strengthOf,
} from "./index.ts";

// Two triangles {0,1,2} and {3,4,5} joined by the bridge 2–3.
const twoTriangles = buildCsrGraph(6, {
  sources: [0, 0, 1, 3, 3, 4, 2],
  targets: [1, 2, 2, 4, 5, 5, 3],
});

const randomGraph = fc
  .integer({ min: 2, max: 30 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 5 })), {
        maxLength: 80,
      }),
    }),
  )
  .map(({ n, edges }) =>
    buildCsrGraph(n, {
      sources: edges.map((e) => e[0]),
      targets: edges.map((e) => e[1]),
      weights: edges.map((e) => e[2]),
    }),
  );

describe("buildCsrGraph", () => {
  it("stores each edge in both rows, merges duplicates by summing weights and keeps loops apart", () => {
    const g = buildCsrGraph(3, {
      sources: [0, 1, 0, 2],
      targets: [1, 0, 2, 2],
      weights: [1, 2, 4, 3],
    });
    expect(Array.from(g.offsets)).toEqual([0, 2, 3, 4]);
    expect(Array.from(g.targets)).toEqual([1, 2, 0, 0]);
    expect(Array.from(g.weights)).toEqual([3, 4, 3, 4]); // 0–1 given twice: 1 + 2
    expect(Array.from(g.loops)).toEqual([0, 0, 3]);
    expect(Array.from(degreeOf(g))).toEqual([2, 1, 1]);
    // networkx counts a self-loop twice in the weighted degree: node 2 = 4 + 2 × 3.
    expect(Array.from(strengthOf(g))).toEqual([7, 3, 10]);
  });

  it("rejects an edge naming a node outside the graph", () => {
    expect(() => buildCsrGraph(2, { sources: [0], targets: [2] })).toThrow(/outside 0..1/);
  });
});

describe("pageRankOf", () => {
  it("gives two linked nodes half each and matches the hand-computed two-triangle values", () => {
    expect(Array.from(pageRankOf(buildCsrGraph(2, { sources: [0], targets: [1] })).ranks)).toEqual([
      0.5, 0.5,
    ]);
    // Symmetric graph: degree-proportional stationary values are 2/14 and 3/14 at the limit; with
    // teleport 0.15 the bridge nodes sit at 0.2080 (networkx 2.8 gives 0.20802924444783152).
    const r = pageRankOf(twoTriangles).ranks;
    expect(r[2]).toBeCloseTo(0.20802924444783152, 12);
    expect(r[0]).toBeCloseTo(0.1459853777760842, 12);
  });

  it("spreads a dangling (isolated) node's rank uniformly", () => {
    // Nodes 0–1 linked, 2 isolated: by symmetry x0 = x1; x2 = 0.85 x2 / 3 + 0.15 / 3 → x2 = 0.15 / 2.15.
    const r = pageRankOf(buildCsrGraph(3, { sources: [0], targets: [1] }), {
      tolerance: 1e-12,
    }).ranks;
    expect(r[2]).toBeCloseTo(0.15 / 2.15, 9);
  });

  it("sums to 1 on any graph", () => {
    fc.assert(
      fc.property(randomGraph, (g) => {
        const sum = pageRankOf(g).ranks.reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(1, 9);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe("betweennessOf", () => {
  it("normalises like networkx: the middle of a path and the centre of a star score 1", () => {
    // Path 0–1–2: node 1 lies on the one shortest path 0↔2; raw 2 (both directions) / ((3−1)(3−2)) = 1.
    expect(
      Array.from(betweennessOf(buildCsrGraph(3, { sources: [0, 1], targets: [1, 2] }))),
    ).toEqual([0, 1, 0]);
    // Star, centre 0 and 4 leaves: 6 leaf pairs, raw 12 / (4 × 3) = 1.
    const star = buildCsrGraph(5, { sources: [0, 0, 0, 0], targets: [1, 2, 3, 4] });
    expect(Array.from(betweennessOf(star))).toEqual([1, 0, 0, 0, 0]);
  });

  it("splits credit over equal shortest paths and is ½ per pair when not normalised", () => {
    // Square 0–1–2–3–0: pair 0↔2 has two shortest paths (via 1 and via 3): each gets ½, likewise 1↔3.
    const square = buildCsrGraph(4, { sources: [0, 1, 2, 3], targets: [1, 2, 3, 0] });
    expect(Array.from(betweennessOf(square, { normalized: false }))).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it("estimates from seeded pivots, scaled by n / k, the same for the same seed", () => {
    const star = buildCsrGraph(5, { sources: [0, 0, 0, 0], targets: [1, 2, 3, 4] });
    const a = betweennessOf(star, { pivots: 2, seed: 7 });
    expect(Array.from(a)).toEqual(Array.from(betweennessOf(star, { pivots: 2, seed: 7 })));
    // Each leaf pivot adds 3 (paths to the other leaves) to the centre; a centre pivot adds 0.
    // So the estimate is (3 × leaf pivots) × (5 / 2) / 12: 1.25 with two leaf pivots, 0.625 with one.
    expect([0.625, 1.25]).toContain(a[0]);
  });
});

describe("louvainOf and modularityOf", () => {
  it("finds the two triangles, modularity 5/14 by hand", () => {
    // m = 7; each triangle: 3 edges inside, degree sum 7 → 2 × (3/7 − (7/14)²) = 5/14.
    const r = louvainOf(twoTriangles, { seed: 3 });
    expect(r.count).toBe(2);
    expect(r.communities[0]).toBe(r.communities[2]);
    expect(r.communities[0]).not.toBe(r.communities[3]);
    expect(r.modularity).toBeCloseTo(5 / 14, 12);
    expect(modularityOf(twoTriangles, Int32Array.of(0, 0, 0, 1, 1, 1))).toBeCloseTo(5 / 14, 12);
  });

  it("gives 0 and singletons on a graph without edges", () => {
    const r = louvainOf(buildCsrGraph(3, { sources: [], targets: [] }));
    expect([r.count, r.modularity]).toEqual([3, 0]);
  });

  it("is reproducible and never worse than all-singletons", () => {
    fc.assert(
      fc.property(randomGraph, fc.integer(), (g, seed) => {
        const a = louvainOf(g, { seed });
        expect(Array.from(louvainOf(g, { seed }).communities)).toEqual(Array.from(a.communities));
        const singletons = Int32Array.from({ length: g.nodeCount }, (_, i) => i);
        expect(a.modularity).toBeGreaterThanOrEqual(modularityOf(g, singletons) - 1e-12);
        expect(a.modularity).toBeLessThanOrEqual(1);
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});
