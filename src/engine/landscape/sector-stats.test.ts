import { describe, expect, it } from "vitest";
import {
  buildLandscape,
  buildMembership,
  buildOrganisation,
  buildPartnership,
} from "../../../test/factories/landscape.ts";
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
    // Three organisations exist; two groups are weighed.
    expect(r).toMatchObject({
      organisations: 3,
      weighed: 2,
      total: 200,
      crTop: { k: 1, share: 0.75 },
    });
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
      organisations: 4,
      weighed: 3,
      unknown: 1,
    });
  });

  it("counts an organisation without figures from when it joins, and says it could not weigh it", () => {
    const withMember = {
      ...input,
      organisations: [...input.organisations, buildOrganisation("N", [], { kind: "charity" })],
      partnerships: [
        ...input.partnerships,
        buildPartnership("Q", [buildMembership("N", "member", "2005-06-01")]),
      ],
    };
    const before = sectorStatsOf(withMember, { asOf: "2005-05-31", metric: "homes" });
    expect(before).toMatchObject({ organisations: 3, weighed: 3, unknown: 0 });
    const after = sectorStatsOf(withMember, { asOf: "2006-01-01", metric: "homes" });
    // N is counted but not weighed: total, HHI and CR_k are those of PARENT, SUB and IND.
    expect(after).toMatchObject({ organisations: 4, weighed: 3, unknown: 1, total: 200 });
    expect(after.hhi).toBeCloseTo(3750, 9);
    expect(after.assumptions).toContain(
      "1 of 4 organisations have no homes recorded by 2006-01-01 and could not be weighed: total, mean, median, CR_20 and HHI weigh the other 3.",
    );
  });

  it("measures only the set a nation and kind filter picks, and states it", () => {
    const mixed = {
      ...input,
      organisations: [
        ...input.organisations,
        buildOrganisation("W", [[2000, 300]], { nation: "wales" }),
        buildOrganisation("C", [[2000, 100]], { kind: "charity" }),
        buildOrganisation("U", [[2000, 10]], { nation: null }),
      ],
    };
    const asOf = "2006-01-01";
    const ha = sectorStatsOf(mixed, {
      asOf,
      metric: "homes",
      filter: { nation: "england", kind: "housing_association" },
    });
    // PARENT, SUB, IND only (U's nation is unknown): as the unfiltered base, HHI 3,750.
    expect(ha).toMatchObject({ organisations: 3, total: 200 });
    expect(ha.hhi).toBeCloseTo(3750, 9);
    expect(ha.filter).toEqual({ nation: "england", kind: "housing_association" });
    expect(ha.assumptions[0]).toBe(
      "Covers housing associations in England (nation = england, kind = housing_association).",
    );
    const wales = sectorStatsOf(mixed, { asOf, metric: "homes", filter: { nation: "wales" } });
    expect(wales).toMatchObject({ organisations: 1, total: 300, hhi: 10_000 });
    // All six: 100, 50, 50, 300, 100, 10 of 610 → HHI = 10⁴ × Σ size² / 610² = 10⁴ × 115,100 / 372,100.
    const all = sectorStatsOf(mixed, { asOf, metric: "homes" });
    expect(all).toMatchObject({ organisations: 6, total: 610 });
    expect(all.hhi).toBeCloseTo((10_000 * 115_100) / 372_100, 9);
  });
});
