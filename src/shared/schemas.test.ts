import { describe, expect, it } from "vitest";
import { exchangeSchema } from "./exchange.ts";
import { isIsoDate, toJsonPath } from "./index.ts";
import { problemsOf } from "./problems.ts";
import { lifecycleEventSchema, organisationSchema, partnershipSchema } from "./schemas.ts";

const org = { id: "GB-CHC-1", name: "A", sector: "third", kind: "charity" };
const partnership = {
  id: "p",
  name: "P",
  form: "merger",
  direction: "horizontal",
  origin: "voluntary",
  stage: 7,
};

describe("dates", () => {
  it("agree with the calendar on every day of four years, leap years included (property)", () => {
    for (let t = Date.UTC(1999, 11, 1); t < Date.UTC(2004, 2, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      expect(isIsoDate(day), day).toBe(true);
    }
  });

  it.each([
    ["2010-04-01", true],
    ["2012-02-29", true],
    ["2011-02-29", false],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2010-04-31", false],
    ["2010-13-01", false],
    ["2010-00-10", false],
    ["2010-01-00", false],
    ["2010-4-1", false],
    ["01/04/2010", false],
  ])("%s is a date: %s", (value, expected) => expect(isIsoDate(value)).toBe(expected));
});

describe("JSON paths", () => {
  it("writes keys with dots and indexes with brackets", () => {
    expect(toJsonPath(["partnerships", 3, "members", 0, "role"])).toBe(
      "$.partnerships[3].members[0].role",
    );
    expect(toJsonPath(["a b"])).toBe('$["a b"]');
  });
});

describe("organisation", () => {
  it("fills optional fields with their defaults", () => {
    expect(organisationSchema.parse(org)).toEqual({
      ...org,
      otherNames: [],
      nation: null,
      fields: [],
      identifiers: [],
      illustrative: false,
      facts: [],
    });
  });

  it("rejects a year of facts given twice, naming it", () => {
    const result = organisationSchema.safeParse({
      ...org,
      facts: [{ year: 2010 }, { year: 2010 }],
    });
    expect(result.success).toBe(false);
    expect(problemsOf(result.error!)).toEqual([
      { path: "$.facts[1].year", message: "year 2010 appears twice" },
    ]);
  });

  it("rejects ids with spaces or slashes", () => {
    expect(organisationSchema.safeParse({ ...org, id: "GB CHC 1" }).success).toBe(false);
    expect(organisationSchema.safeParse({ ...org, id: "a/b" }).success).toBe(false);
  });
});

describe("partnership", () => {
  it("keeps the continuum stage within 0–7", () => {
    expect(partnershipSchema.safeParse({ ...partnership, stage: 8 }).success).toBe(false);
    expect(partnershipSchema.safeParse({ ...partnership, stage: 0 }).success).toBe(true);
  });

  it("rejects a member who left before joining and an end before the start", () => {
    const result = partnershipSchema.safeParse({
      ...partnership,
      start: "2010-01-01",
      end: "2009-01-01",
      members: [{ organisation: "a", role: "member", joined: "2010-01-01", left: "2009-12-31" }],
    });
    expect(problemsOf(result.error!).map((p) => p.path)).toEqual(["$.end", "$.members[0].left"]);
  });

  it("rejects a share above 1", () => {
    const result = partnershipSchema.safeParse({
      ...partnership,
      members: [{ organisation: "a", role: "member", shareOfTurnover: 1.5 }],
    });
    expect(problemsOf(result.error!)[0]).toEqual({
      path: "$.members[0].shareOfTurnover",
      message: "must be between 0 and 1",
    });
  });
});

describe("life-cycle event", () => {
  it("needs the new stage when a partnership deepens", () => {
    const result = lifecycleEventSchema.safeParse({
      id: "e",
      date: "2010-04-01",
      type: "deepened",
    });
    expect(problemsOf(result.error!)[0]?.path).toBe("$.stage");
  });

  it("only dissolves organisations involved in the event", () => {
    const result = lifecycleEventSchema.safeParse({
      id: "e",
      date: "2010-04-01",
      type: "merged",
      organisations: ["a"],
      dissolves: ["b"],
    });
    expect(problemsOf(result.error!)[0]?.path).toBe("$.dissolves[0]");
  });
});

describe("exchange document", () => {
  it("names the format when it is wrong", () => {
    const result = exchangeSchema.safeParse({ format: "other", workspace: { name: "x" } });
    expect(problemsOf(result.error!)[0]).toEqual({
      path: "$.format",
      message: 'must be "partnerscope/v1" (this is not a partnerscope exchange file)',
    });
  });
});
