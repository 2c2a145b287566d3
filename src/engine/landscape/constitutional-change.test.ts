import { describe, expect, it } from "vitest";
import {
  buildEvent,
  buildLandscape,
  buildMembership,
  buildOrganisation,
  buildPartnership,
} from "../../../test/factories/landscape.ts";
import { constitutionalChangeOf } from "./constitutional-change.ts";
import {
  DEFAULT_POLICY_MARKERS,
  eventsByYear,
  mergerWavesOf,
  sectorWavesOf,
} from "./merger-waves.ts";

// Five organisations on 2002-04-01 (E is founded in 2005). A (12,000 homes) absorbs B in 2004; C joins
// a group in 2006; D only forms a consortium; an event outside the period involves D.
const input = buildLandscape({
  organisations: [
    buildOrganisation("A", [[1990, 12_000]]),
    buildOrganisation("B", [[1990, 300]]),
    buildOrganisation("C", [[1990, 20_000]]),
    buildOrganisation("D", [[1990, 500]]),
    buildOrganisation("X", [[1990, 40]]),
    buildOrganisation("E", [[2005, 100]]),
  ],
  events: [
    buildEvent("E1", "2004-05-01", "transfer_of_engagements", ["A", "B"], { dissolves: ["B"] }),
    buildEvent("E2", "2006-02-01", "group_joined", ["C", "E"]),
    buildEvent("E3", "2007-01-01", "formed", ["D"]),
    buildEvent("E4", "2011-01-01", "merged", ["D", "X"], { dissolves: ["X"] }),
  ],
});

// The same plus a large Welsh association W and a charity N without figures, a member since 2000;
// W and N merge in 2003.
const mixed = buildLandscape({
  organisations: [
    ...input.organisations,
    buildOrganisation("W", [[1990, 15_000]], { nation: "wales" }),
    buildOrganisation("N", [], { kind: "charity" }),
  ],
  partnerships: [buildPartnership("P", [buildMembership("N", "member", "2000-01-01")])],
  events: [...input.events, buildEvent("E5", "2003-01-01", "merged", ["W", "N"])],
});
const period = { from: "2002-04-01", to: "2010-03-31", metric: "homes" as const };

describe("constitutionalChangeOf", () => {
  it("shares of organisations existing on `from`, overall and large, with events by year", () => {
    const r = constitutionalChangeOf(input, {
      from: "2002-04-01",
      to: "2010-03-31",
      metric: "homes",
      large: 10_000,
    });
    // Existing on from: A, B, C, D, X (5); changed: A, B, C (E did not exist on from) → 3/5.
    expect(r).toMatchObject({ organisations: 5, changed: 3, share: 0.6 });
    // Large (≥ 10,000 homes on from): A and C, both changed → 1.
    expect(r).toMatchObject({ largeOrganisations: 2, largeChanged: 2, shareLarge: 1 });
    expect(r.byYear).toEqual({
      "2004": { transfer_of_engagements: 1 },
      "2006": { group_joined: 1 },
      "2007": { formed: 1 },
    });
  });

  it("counts organisations without figures and says how many it could not weigh", () => {
    const r = constitutionalChangeOf(mixed, period);
    // Existing: A, B, C, D, X, W and N (a member since 2000) = 7; changed: A, B, C, W, N = 5.
    // Large: A, C, W (all changed); N has no homes, so it cannot be large: 1 unweighed.
    expect(r).toMatchObject({ organisations: 7, unweighed: 1, changed: 5, largeOrganisations: 3 });
    expect(r.share).toBeCloseTo(5 / 7, 12);
    expect(r.shareLarge).toBe(1);
    expect(r.byYear["2003"]).toEqual({ merged: 1 });
    expect(r.filter).toEqual({});
    expect(r.assumptions[0]).toBe(
      "Covers all organisations, every nation and kind (no nation or kind filter).",
    );
    expect(r.assumptions[2]).toContain("1 of 7 have no homes recorded by 2002-04-01");
  });

  it("filters by nation and kind: organisations in the set, events naming one of them", () => {
    const ha = constitutionalChangeOf(mixed, {
      ...period,
      filter: { nation: "england", kind: "housing_association" },
    });
    // A, B, C, D, X as without W and N; the 2003 merger names neither of the set.
    expect(ha).toMatchObject({ organisations: 5, unweighed: 0, changed: 3, share: 0.6 });
    expect(Object.keys(ha.byYear)).toEqual(["2004", "2006", "2007"]);
    expect(ha.assumptions[0]).toBe(
      "Covers housing associations in England (nation = england, kind = housing_association).",
    );
    const charities = constitutionalChangeOf(mixed, { ...period, filter: { kind: "charity" } });
    expect(charities).toMatchObject({
      organisations: 1,
      unweighed: 1,
      changed: 1,
      largeOrganisations: 0,
      byYear: { "2003": { merged: 1 } },
      filter: { kind: "charity" },
    });
    expect(charities.assumptions[0]).toBe("Covers charities, every nation (kind = charity).");
  });

  it("gives zeros and a note when nothing exists on `from`, and rejects from after to", () => {
    const r = constitutionalChangeOf(input, {
      from: "1980-01-01",
      to: "1985-01-01",
      metric: "homes",
    });
    expect(r).toMatchObject({ organisations: 0, share: 0, shareLarge: 0, empty: true });
    expect(() =>
      constitutionalChangeOf(input, { from: "2010-01-01", to: "2002-01-01", metric: "homes" }),
    ).toThrow(/must not be after/);
  });
});

describe("merger waves", () => {
  it("counts events per year and type, and fills gap years with zeros", () => {
    expect(eventsByYear(input.events, { types: ["merged", "transfer_of_engagements"] })).toEqual({
      "2004": { transfer_of_engagements: 1 },
      "2011": { merged: 1 },
    });
    const waves = mergerWavesOf(input.events);
    expect(waves.years.map((y) => y.total)).toEqual([1, 0, 1, 0, 0, 0, 0, 1]); // 2004–2011
    expect(waves.markers.map((m) => m.year)).toEqual([1974, 1989, 2004, 2008]);
    expect(mergerWavesOf([], { markers: [{ year: 2017, label: "Deregulation" }] })).toMatchObject({
      years: [],
      markers: [{ year: 2017, label: "Deregulation" }],
      empty: true,
      filter: {},
    });
    expect(DEFAULT_POLICY_MARKERS).toHaveLength(4);
  });

  it("counts the events naming one of the set's organisations, and says which set", () => {
    const totals = (filter = {}) => sectorWavesOf(mixed, { filter }).years.map((y) => y.total);
    // All: E5 2003, E1 2004, E2 2006, E4 2011 (E3 'formed' is not constitutional).
    expect(totals()).toEqual([1, 1, 0, 1, 0, 0, 0, 0, 1]); // 2003–2011
    // England HAs: E5 names only W (Wales) and N (charity), so it drops out.
    expect(totals({ nation: "england", kind: "housing_association" })).toEqual([
      1, 0, 1, 0, 0, 0, 0, 1,
    ]); // 2004–2011
    const wales = sectorWavesOf(mixed, { filter: { nation: "wales" } });
    expect(wales.years).toEqual([{ year: 2003, counts: { merged: 1 }, total: 1 }]);
    expect(wales.assumptions[0]).toBe("Covers organisations in Wales (nation = wales).");
  });
});
