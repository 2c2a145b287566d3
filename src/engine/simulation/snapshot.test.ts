import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  runCase,
  type SnapshotCase,
  snapshotSpecs,
} from "../../../test/reference/simulation-snapshot.ts";

const stored: { cases: SnapshotCase[] } = JSON.parse(
  readFileSync(
    join(import.meta.dirname, "../../../test/reference/simulation-snapshot.json"),
    "utf8",
  ),
);

// Seeded runs must stay bit for bit what they were when the snapshot was made (before the engine
// was optimised): calibrated presets and the simulated demo depend on the exact draws.
describe("simulation output against the stored snapshot", () => {
  it("stores the cases the generator makes", () => {
    expect(stored.cases.map((c) => c.name)).toEqual(snapshotSpecs().map((c) => c.name));
  });

  for (const c of stored.cases)
    it(`reproduces ${c.name} exactly`, () => {
      const now = runCase(c.spec, c.seed);
      expect(now.metrics).toEqual(c.metrics);
      expect(now.digests).toEqual(c.digests);
    });
});
