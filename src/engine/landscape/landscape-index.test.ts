import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildMembership, buildOrganisation } from "../../../test/factories/landscape.ts";
import {
  referencePortfolio,
  referencePortfolioIndexOf,
} from "../../../test/reference/landscape-portfolio-reference.ts";
import type { LifecycleEvent, Partnership } from "../../shared/index.ts";
import { SIZE_METRICS } from "./as-of.ts";
import { generateSector } from "./generate-sector.ts";
import { dayNumber, landscapeIndexOf } from "./landscape-index.ts";
import { networkOf } from "./network.ts";
import { networkIndexed } from "./network-indexed.ts";
import { portfolioOf } from "./portfolio.ts";
import { portfolioIndexOf, portfolioInputOf } from "./portfolio-index.ts";
import { sectorStatsOf } from "./sector-stats.ts";
import { sectorStatsIndexed } from "./sector-stats-indexed.ts";

// The indexed answers must equal the straightforward ones (sectorStatsOf, networkOf: every
// organisation, partnership and event scanned per request) exactly, floating-point sums included.

const ids = ["A", "B", "C", "D", "E", "F", "G", "H"];
const DAY = 86_400_000;
const START = Date.UTC(1994, 0, 1);
/** A day between 1994 and 2016 as an ISO date. */
const date = fc
  .integer({ min: 0, max: 22 * 366 })
  .map((n) => new Date(START + n * DAY).toISOString().slice(0, 10));
const maybeDate = fc.option(date, { nil: null });
/** Amounts with fractions, so that the order of summation would show in the last bits. */
const amount = fc.option(
  fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
  { nil: null },
);

const organisation = (id: string) =>
  fc
    .record({
      facts: fc.uniqueArray(
        fc.record({ year: fc.integer({ min: 1994, max: 2014 }), homes: amount, staff: amount }),
        { selector: (f) => f.year, maxLength: 3 },
      ),
      nation: fc.constantFrom("england" as const, "wales" as const, null),
      kind: fc.constantFrom("housing_association" as const, "charity" as const),
    })
    .map(({ facts, nation, kind }) =>
      buildOrganisation(id, [], {
        nation,
        kind,
        facts: facts.map((f) => ({ ...f, turnover: f.homes === null ? null : f.homes * 3.7 })),
      }),
    );

const membership = fc
  .record({
    organisation: fc.constantFrom(...ids, "UNLISTED"),
    role: fc.constantFrom("member" as const, "parent" as const, "subsidiary" as const),
    joined: maybeDate,
    left: maybeDate,
  })
  .map((m) => buildMembership(m.organisation, m.role, m.joined, m.left));

const partnership = (id: string) =>
  fc
    .record({
      form: fc.constantFrom("group_structure" as const, "joint_bidding_consortium" as const),
      origin: fc.constantFrom("voluntary" as const, "mandated" as const),
      commissioner: fc.option(fc.constantFrom(...ids), { nil: null }),
      start: maybeDate,
      end: maybeDate,
      members: fc.array(membership, { maxLength: 5 }),
    })
    .map(
      (p): Partnership => ({
        id,
        name: id,
        direction: "horizontal",
        stage: 3,
        functions: ["selling"],
        description: null,
        integration: [],
        ...p,
      }),
    );

const merged = (id: string, date: string, organisations: string[]): LifecycleEvent => ({
  id,
  date,
  type: "merged",
  partnership: null,
  organisations,
  dissolves: [],
  stage: null,
  note: null,
});

const event = (id: string) =>
  fc
    .record({
      date,
      organisations: fc.subarray([...ids, "UNLISTED"], { maxLength: 3 }),
      dissolve: fc.boolean(),
      partnership: fc.option(fc.constantFrom("P0", "P1", "P2", "P9"), { nil: null }),
      stage: fc.option(fc.integer({ min: 0, max: 7 }), { nil: null }),
    })
    .map(
      (e): LifecycleEvent => ({
        id,
        date: e.date,
        type: "merged",
        partnership: e.partnership,
        organisations: e.organisations,
        dissolves: e.dissolve ? e.organisations.slice(0, 1) : [],
        stage: e.stage,
        note: null,
      }),
    );

const landscape = fc
  .record({
    orgCount: fc.integer({ min: 0, max: ids.length }),
    partnerships: fc.array(fc.nat(), { maxLength: 6 }),
    events: fc.array(fc.nat(), { maxLength: 6 }),
  })
  .chain(({ orgCount, partnerships, events }) =>
    fc.record({
      organisations: fc.tuple(...ids.slice(0, orgCount).map(organisation)),
      partnerships: fc.tuple(...partnerships.map((_, i) => partnership(`P${i}`))),
      events: fc.tuple(...events.map((_, i) => event(`E${i}`))),
    }),
  );

const statsOptions = fc.record({
  asOf: date,
  metric: fc.constantFrom(...SIZE_METRICS),
  top: fc.integer({ min: 1, max: 4 }),
  level: fc.constantFrom("entity" as const, "group" as const),
  filter: fc.constantFrom({}, { nation: "england" as const }, { kind: "charity" as const }),
});

describe("the date index answers exactly as the straightforward analytics", () => {
  it("dayNumber orders like the ISO strings", () => {
    expect(dayNumber("2004-04-01")).toBe(20_040_401);
    expect(dayNumber("1999-12-31") < dayNumber("2000-01-01")).toBe(true);
    expect(dayNumber(null)).toBe(Number.NEGATIVE_INFINITY);
  });

  it("sector statistics: random landscapes, dates, metrics, levels and sets", () => {
    fc.assert(
      fc.property(landscape, fc.array(statsOptions, { minLength: 1, maxLength: 8 }), (l, asked) => {
        const index = landscapeIndexOf(l);
        for (const o of asked) expect(sectorStatsIndexed(index, o)).toEqual(sectorStatsOf(l, o));
      }),
      { numRuns: 300 },
    );
  });

  it("network: random landscapes, dates and filters", () => {
    const filters = fc.record({
      forms: fc.option(fc.constant(["group_structure" as const]), { nil: undefined }),
      nations: fc.option(fc.constant(["wales" as const]), { nil: undefined }),
      metric: fc.constantFrom(...SIZE_METRICS),
      includeIsolated: fc.boolean(),
    });
    fc.assert(
      fc.property(landscape, fc.array(fc.tuple(date, filters), { maxLength: 6 }), (l, asked) => {
        const index = landscapeIndexOf(l);
        for (const [d, f] of asked) expect(networkIndexed(index, d, f)).toEqual(networkOf(l, d, f));
      }),
      { numRuns: 300 },
    );
  });

  it("portfolio: the indexed narrowing answers as the API's string-keyed one did", () => {
    const asked = fc.array(fc.tuple(fc.constantFrom(...ids, "UNLISTED", "NOBODY"), date), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(landscape, asked, (l, pairs) => {
        const indexed = portfolioIndexOf(landscapeIndexOf(l));
        const reference = referencePortfolioIndexOf(l);
        for (const [org, d] of pairs)
          expect(portfolioOf(portfolioInputOf(indexed, org), org, d)).toEqual(
            referencePortfolio(reference, org, d),
          );
      }),
      { numRuns: 300 },
    );
  });

  it("a generated sector of 2,000 organisations on dates across its history", () => {
    const doc = generateSector({ organisations: 2_000, seed: 3 });
    const index = landscapeIndexOf(doc);
    for (const asOf of ["1960-06-30", "1996-01-01", "2005-04-01", "2010-12-31", "2020-01-01"]) {
      for (const level of ["entity", "group"] as const) {
        const o = { asOf, metric: "homes" as const, top: 20, level };
        expect(sectorStatsIndexed(index, o)).toEqual(sectorStatsOf(doc, o));
      }
      expect(networkIndexed(index, asOf)).toEqual(networkOf(doc, asOf));
    }
  });

  it("counts an organisation dissolved before anything dates it as never existing", () => {
    // B is dissolved in 2000 by an event that does not name it (bad data the engine still reads)
    // and is first seen in 2005: it exists on no date. A and C exist from their 2000 facts.
    const l = {
      organisations: [
        buildOrganisation("A", [[2000, 10]]),
        buildOrganisation("B", []),
        buildOrganisation("C", [[2000, 30]]),
      ],
      partnerships: [],
      events: [
        { ...merged("E1", "2000-01-01", []), dissolves: ["B"] },
        merged("E2", "2005-06-01", ["B"]),
      ],
    };
    const index = landscapeIndexOf(l);
    for (const asOf of ["1999-06-01", "2003-01-01", "2006-01-01"]) {
      const o = { asOf, metric: "homes" as const };
      expect(sectorStatsIndexed(index, o)).toEqual(sectorStatsOf(l, o));
    }
    expect(sectorStatsIndexed(index, { asOf: "2006-01-01", metric: "homes" }).organisations).toBe(
      2,
    );
  });

  it("rejects a date that is not real, naming it", () => {
    const index = landscapeIndexOf({ organisations: [], partnerships: [], events: [] });
    expect(() => sectorStatsIndexed(index, { asOf: "2010-02-30", metric: "homes" })).toThrow(
      /asOf must be a real date/,
    );
    expect(() => networkIndexed(index, "2010-13-01")).toThrow(/asOf must be a real date/);
  });
});
