import { describe, expect, it } from "vitest";
import {
  buildEvent,
  buildLandscape,
  buildMembership,
  buildOrganisation,
  buildPartnership,
} from "../../../test/factories/landscape.ts";
import {
  assertIsoDate,
  dissolutionDatesOf,
  firstSeenDatesOf,
  isMembershipActive,
  isOrganisationExisting,
  isPartnershipActive,
  sizeOf,
  yearAfter,
} from "./as-of.ts";
import { landscapeAsOf } from "./landscape-as-of.ts";

describe("time travel rules", () => {
  it("a membership is active on its joined date and not on its left date", () => {
    const m = { joined: "2004-04-01", left: "2008-04-01" };
    expect(isMembershipActive(m, "2004-03-31")).toBe(false);
    expect(isMembershipActive(m, "2004-04-01")).toBe(true);
    expect(isMembershipActive(m, "2008-03-31")).toBe(true);
    expect(isMembershipActive(m, "2008-04-01")).toBe(false);
    expect(isMembershipActive({ joined: null, left: null }, "1900-01-01")).toBe(true);
  });

  it("a partnership is active from start until (not on) end; no start means always", () => {
    expect(isPartnershipActive({ start: null, end: "2012-01-01" }, "1950-06-01")).toBe(true);
    expect(isPartnershipActive({ start: "2011-06-01", end: "2012-01-01" }, "2012-01-01")).toBe(
      false,
    );
    expect(isPartnershipActive({ start: "2011-06-01", end: null }, "2011-05-31")).toBe(false);
  });

  it("an organisation exists from the year of its first fact until the day it is dissolved", () => {
    const org = buildOrganisation("B", [[2001, 50]]);
    const dissolved = dissolutionDatesOf([
      buildEvent("E2", "2007-01-01", "merged", ["A", "B"], { dissolves: ["B"] }),
      buildEvent("E1", "2005-06-30", "transfer_of_engagements", ["A", "B"], { dissolves: ["B"] }),
    ]);
    expect(dissolved.get("B")).toBe("2005-06-30"); // the first dissolution counts
    expect(isOrganisationExisting(org, "2000-12-31", dissolved.get("B"))).toBe(false);
    expect(isOrganisationExisting(org, "2001-01-01", dissolved.get("B"))).toBe(true);
    expect(isOrganisationExisting(org, "2005-06-29", dissolved.get("B"))).toBe(true);
    expect(isOrganisationExisting(org, "2005-06-30", dissolved.get("B"))).toBe(false);
  });

  it("an organisation without figures exists from its first membership, commissioning or event", () => {
    const input = buildLandscape({
      partnerships: [
        buildPartnership("P", [buildMembership("M", "member", null)], {
          start: "2009-04-01",
          commissioner: "GOV",
        }),
        buildPartnership("Q", [buildMembership("M", "member", "2011-01-01")]),
        buildPartnership("R", [buildMembership("ALWAYS")]),
      ],
      events: [buildEvent("E", "2003-05-01", "formed", ["EV", "GOV"])],
    });
    const seen = firstSeenDatesOf(input);
    // M: joined null in P falls back to P's start; the earlier of 2009-04-01 and 2011-01-01.
    expect(seen.get("M")).toBe("2009-04-01");
    expect(seen.get("GOV")).toBe("2003-05-01"); // its event comes before the partnership it commissions
    expect(seen.get("EV")).toBe("2003-05-01");
    expect(seen.get("ALWAYS")).toBe(""); // no joined and no start: always
    const none = buildOrganisation("M", []);
    expect(isOrganisationExisting(none, "2009-03-31", undefined, seen.get("M"))).toBe(false);
    expect(isOrganisationExisting(none, "2009-04-01", undefined, seen.get("M"))).toBe(true);
    expect(isOrganisationExisting(none, "1900-01-01", undefined, seen.get("ALWAYS"))).toBe(true);
    expect(isOrganisationExisting(none, "2010-01-01", "2010-01-01", seen.get("M"))).toBe(false);
    // Nothing dates it at all: it exists on every date rather than never.
    expect(isOrganisationExisting(none, "1950-01-01")).toBe(true);
    // Figures or a membership, whichever is first: facts from 2012 but a member since 2009.
    const later = buildOrganisation("M", [[2012, 40]]);
    expect(isOrganisationExisting(later, "2010-06-30", undefined, "2009-04-01")).toBe(true);
    expect(isOrganisationExisting(later, "2010-06-30")).toBe(false);
  });

  it("size on a date is the latest fact with year ≤ year(d), null when unrecorded", () => {
    const org = buildOrganisation("A", [
      [2010, 1800],
      [2002, 900],
      [2006, null],
    ]);
    expect(sizeOf(org, "2001-12-31", "homes")).toBeNull();
    expect(sizeOf(org, "2005-12-31", "homes")).toBe(900);
    expect(sizeOf(org, "2006-01-01", "homes")).toBeNull(); // the 2006 fact does not record homes
    expect(sizeOf(org, "2011-01-01", "homes")).toBe(1800);
    expect(sizeOf(org, "2011-01-01", "turnover")).toBe(1800 * 5000);
  });

  it("checks dates and steps a year on, keeping 29 February comparable", () => {
    expect(() => assertIsoDate("2010-02-30", "asOf")).toThrow(/asOf must be a real date/);
    expect(yearAfter("2011-03-31")).toBe("2012-03-31");
    expect(yearAfter("2012-02-29") > "2013-02-28").toBe(true);
  });
});

describe("landscapeAsOf", () => {
  it("keeps existing organisations, active partnerships and their active members, and past events", () => {
    const input = buildLandscape({
      organisations: [
        buildOrganisation("A"),
        buildOrganisation("B"),
        buildOrganisation("C", [[2009, 10]]),
      ],
      partnerships: [
        buildPartnership(
          "P",
          [
            buildMembership("A"),
            buildMembership("B"),
            buildMembership("C", "member", "2009-01-01"),
          ],
          { start: "2003-01-01" },
        ),
        buildPartnership("Q", [buildMembership("A")], { end: "2004-01-01" }),
      ],
      events: [
        buildEvent("E", "2006-01-01", "merged", ["A", "B"], { dissolves: ["B"] }),
        buildEvent("F", "2009-06-01", "formed", ["C"]),
      ],
    });
    const s = landscapeAsOf(input, "2007-01-01");
    expect(s.organisations.map((o) => o.id)).toEqual(["A"]);
    expect(s.partnerships.map((p) => p.id)).toEqual(["P"]);
    // B has no left date but was dissolved in 2006; C joins only in 2009.
    expect(s.partnerships[0]!.members.map((m) => m.organisation)).toEqual(["A"]);
    expect(s.events.map((e) => e.id)).toEqual(["E"]);
    expect(() => landscapeAsOf(input, "2007-13-01")).toThrow(RangeError);
  });
});
