import { describe, expect, it } from "vitest";
import {
  buildLandscape,
  buildMembership,
  buildOrganisation,
  buildPartnership,
} from "./landscape-fixtures.ts";
import { sectorStatsOf } from "./sector-stats.ts";

// Parent 100 homes with subsidiary 50 in a group structure, and an independent of 50.
const input = buildLandscape({
  organisations: [
    buildOrganisation("PARENT", [[2000, 100]]),
    buildOrganisation("SUB", [[2000, 50]]),
    buildOrganisation("IND", [[2000, 50]]),
  ],
  partnerships: [
    buildPartnership(
      "G",
      [
        buildMembership("PARENT", "parent", "2005-01-01"),
        buildMembership("SUB", "subsidiary", "2005-01-01"),
      ],
      {
        form: "group_structure",
        stage: 5,
        start: "2005-01-01",
      },
    ),
  ],
});

describe("sectorStatsOf", () => {
  it("per entity: shares 0.5 / 0.25 / 0.25", () => {
    const r = sectorStatsOf(input, { asOf: "2006-01-01", metric: "homes", top: 1 });
    // 200 homes: HHI = 50² + 25² + 25² = 3,750; CR_1 = 0.5; median of 50, 50, 100 = 50.
    expect(r).toMatchObject({
      level: "entity",
      organisations: 3,
      total: 200,
      median: 50,
      crTop: { k: 1, share: 0.5 },
      empty: false,
    });
    expect(r.mean).toBeCloseTo(200 / 3, 12);
    expect(r.hhi).toBeCloseTo(3750, 9);
  });

  it("per group: the subsidiary adds into its parent, shares 0.75 / 0.25", () => {
    const r = sectorStatsOf(input, { asOf: "2006-01-01", metric: "homes", top: 1, level: "group" });
    // Groups 150 and 50: HHI = 75² + 25² = 6,250; CR_1 = 0.75.
    expect(r).toMatchObject({ organisations: 2, total: 200, crTop: { k: 1, share: 0.75 } });
    expect(r.hhi).toBeCloseTo(6250, 9);
  });

  it("per group before the group forms equals per entity", () => {
    const r = sectorStatsOf(input, { asOf: "2004-12-31", metric: "homes", level: "group" });
    expect(r.organisations).toBe(3);
    expect(r.hhi).toBeCloseTo(3750, 9);
  });

  it("an empty sector gives zeros and a note, not NaN", () => {
    const r = sectorStatsOf(input, { asOf: "1999-01-01", metric: "homes" });
    expect(r).toMatchObject({
      organisations: 0,
      total: 0,
      mean: 0,
      median: 0,
      hhi: 0,
      crTop: { k: 20, share: 0 },
      empty: true,
    });
    expect(r.note).toMatch(/no organisation/);
  });

  it("counts organisations whose size is not recorded apart", () => {
    const withUnknown = {
      ...input,
      organisations: [...input.organisations, buildOrganisation("X", [[2000, null]])],
    };
    expect(sectorStatsOf(withUnknown, { asOf: "2006-01-01", metric: "homes" })).toMatchObject({
      organisations: 3,
      unknown: 1,
    });
  });
});
