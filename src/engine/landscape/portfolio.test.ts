import { describe, expect, it } from "vitest";
import {
  buildEvent,
  buildLandscape,
  buildMembership,
  buildOrganisation,
  buildPartnership,
} from "../../../test/factories/landscape.ts";
import { portfolioOf } from "./portfolio.ts";

// Charity T in three active partnerships on 2011-06-30 (one ended already), shares of its turnover
// 0.5 / 0.3 / 0.2 (the HHI of which is 3,800).
const share = (turnover: number, staff: number | null = null) => ({
  shareOfTurnover: turnover,
  shareOfStaff: staff,
});
const input = buildLandscape({
  organisations: ["T", "PRIME", "U"].map((id) => buildOrganisation(id)),
  partnerships: [
    buildPartnership(
      "WP",
      [
        buildMembership("PRIME", "prime"),
        buildMembership("T", "tier2", "2011-06-01", null, share(0.5, 0.4)),
      ],
      {
        form: "prime_contractor_supply_chain",
        stage: 3,
        start: "2011-06-01",
        end: "2012-03-31",
      },
    ),
    buildPartnership(
      "JB",
      [buildMembership("T", "lead", null, null, share(0.3)), buildMembership("U")],
      { functions: ["selling", "growing"] },
    ),
    buildPartnership(
      "SS",
      [buildMembership("T", "member", null, null, share(0.2)), buildMembership("U")],
      {
        form: "shared_services_organisation",
        stage: 4,
        functions: ["sharing_services"],
        end: "2015-01-01",
      },
    ),
    buildPartnership("OLD", [buildMembership("T"), buildMembership("U")], { end: "2010-01-01" }),
  ],
  events: [
    buildEvent("E2", "2011-06-01", "joined", ["T", "PRIME"], { partnership: "WP" }),
    buildEvent("E1", "2009-01-01", "formed", ["T", "U"], { partnership: "OLD" }),
    buildEvent("E3", "2012-01-01", "left", ["T"]),
    buildEvent("E4", "2011-01-01", "deepened", ["T", "U"], { partnership: "JB", stage: 4 }),
  ],
});

describe("portfolioOf", () => {
  const r = portfolioOf(input, "T", "2011-06-30");

  it("lists active partnerships by stage with role, grouped by form and function", () => {
    expect(r.exists).toBe(true);
    // JB deepened to stage 4 in 2011; ties broken by id.
    expect(r.partnerships.map((p) => [p.id, p.stage, p.role])).toEqual([
      ["JB", 4, "lead"],
      ["SS", 4, "member"],
      ["WP", 3, "tier2"],
    ]);
    expect(r.countsByForm).toEqual({
      joint_bidding_consortium: 1,
      shared_services_organisation: 1,
      prime_contractor_supply_chain: 1,
    });
    expect(r.byFunction.selling?.map((p) => p.id)).toEqual(["JB", "WP"]);
    expect(r.byFunction.sharing_services?.map((p) => p.id)).toEqual(["SS"]);
  });

  it("measures dependency: largest share and the Herfindahl index of shares", () => {
    expect(r.dependency.largestShareOfTurnover).toEqual({ partnership: "WP", share: 0.5 });
    expect(r.dependency.herfindahlOfTurnover).toBeCloseTo(3800, 9); // 50² + 30² + 20²
    expect(r.dependency.largestShareOfStaff).toEqual({ partnership: "WP", share: 0.4 });
    expect(r.dependency.herfindahlOfStaff).toBeCloseTo(1600, 9);
  });

  it("flags partnerships ending within 12 months and keeps its history up to the date", () => {
    expect(r.renewals.map((p) => p.id)).toEqual(["WP"]); // SS ends in 2015
    expect(r.history.map((e) => e.id)).toEqual(["E1", "E4", "E2"]);
  });

  it("is empty for an organisation in no partnership", () => {
    const none = portfolioOf(input, "NOBODY", "2011-06-30");
    expect(none).toMatchObject({
      exists: false,
      partnerships: [],
      renewals: [],
      dependency: { largestShareOfTurnover: null, herfindahlOfTurnover: 0 },
    });
  });
});
