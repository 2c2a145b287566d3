import { describe, expect, it } from "vitest";
import { constitutionalChangeOf } from "./constitutional-change.ts";
import { buildEvent, buildLandscape, buildOrganisation } from "./landscape-fixtures.ts";
import { DEFAULT_POLICY_MARKERS, eventsByYear, mergerWavesOf } from "./merger-waves.ts";

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
    expect(mergerWavesOf([], { markers: [{ year: 2017, label: "Deregulation" }] })).toEqual({
      years: [],
      markers: [{ year: 2017, label: "Deregulation" }],
      empty: true,
    });
    expect(DEFAULT_POLICY_MARKERS).toHaveLength(4);
  });
});
