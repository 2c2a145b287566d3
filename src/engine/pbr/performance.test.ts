import { describe, expect, it } from "vitest";
import type { PbrCsvError } from "./csv-rows.ts";
import { funnelLimits } from "./funnel.ts";
import { PARTICIPANT_COLUMNS, parseParticipants } from "./participants.ts";
import { performanceOf } from "./performance.ts";

const HEADER = PARTICIPANT_COLUMNS.join(",");
const EARLY = "2012-01-01";
const LATE = "2012-12-31"; // mid-period date: 2012-01-01 + ⌈365 / 2⌉ = 183 days = 2012-07-02

/** `count` rows for one provider and group, the first `outcomes` of them with an outcome. */
function rows(
  provider: string,
  group: string,
  count: number,
  outcomes: number,
  date: string,
  hours: number,
) {
  return Array.from({ length: count }, (_, i) => {
    const id = `${provider}-${group}-${date}-${i}`;
    const start = i < outcomes ? date : "";
    return `${id},${provider},${group},${date},${start},${i < outcomes ? 1 : 0},${hours}`;
  });
}

// Chain: group A 100 participants, 30 outcomes (0.3); B 100, 10 outcomes (0.1); median 0.2.
// X: 50 A (20 outcomes) + 50 B (10) ⇒ O = 30, E = 50 × 0.3 + 50 × 0.1 = 20, O/E = 1.5.
//    A referrals 20 early + 30 late, B 30 early + 20 late ⇒ easy share 0.4 → 0.6 (rise 0.2).
//    Support: 10 h in A, 4 h in B ⇒ parking ratio 0.4.
// Y: 50 A (10) + 50 B (0) ⇒ O = 10, E = 20, O/E = 0.5; 25/25 in each half; 10 h everywhere.
const csv = [
  HEADER,
  ...rows("X", "A", 20, 20, EARLY, 10),
  ...rows("X", "A", 30, 0, LATE, 10),
  ...rows("X", "B", 30, 10, EARLY, 4),
  ...rows("X", "B", 20, 0, LATE, 4),
  ...rows("Y", "A", 25, 10, EARLY, 10),
  ...rows("Y", "A", 25, 0, LATE, 10),
  ...rows("Y", "B", 25, 0, EARLY, 10),
  ...rows("Y", "B", 25, 0, LATE, 10),
].join("\n");

describe("performanceOf — worked example", () => {
  const result = performanceOf(parseParticipants(csv));
  const [x, y] = result.providers;
  if (!x || !y) throw new Error("expected two providers");

  it("standardises indirectly on the groups' chain-wide rates", () => {
    expect(result.groups.map((g) => [g.id, g.rate, g.easy])).toEqual([
      ["A", 0.3, true],
      ["B", 0.1, false],
    ]);
    expect(x).toMatchObject({ id: "X", participants: 100, observed: 30 });
    expect(x.expected).toBeCloseTo(20, 12);
    expect(x.ratio).toBeCloseTo(1.5, 12);
    expect(y.ratio).toBeCloseTo(0.5, 12);
  });

  it("sets funnel limits p ± z√(p(1 − p)/n) and flags X above and Y below the 95% limits", () => {
    // p = 20 / 100 = 0.2, sd = √(0.2 × 0.8 / 100) = 0.04: 95% 0.2 ± 0.0784; 99.8% 0.2 ± 0.1236.
    expect(x.limits.lower95).toBeCloseTo(0.1216, 12);
    expect(x.limits.upper95).toBeCloseTo(0.2784, 12);
    expect(x.limits.lower998).toBeCloseTo(0.0764, 12);
    expect(x.limits.upper998).toBeCloseTo(0.3236, 12);
    expect(x.funnel).toBe("above-95"); // 0.3
    expect(y.funnel).toBe("below-95"); // 0.1
    expect(funnelLimits(0.5, 4).upper998).toBe(1); // clamped
  });

  it("flags parking and creaming at X, not at Y", () => {
    expect(x.parking).toEqual({ hardGroupHours: 4, easyGroupHours: 10, ratio: 0.4, flagged: true });
    expect(y.parking.flagged).toBe(false);
    expect(result.chain.splitDate).toBe("2012-07-02");
    expect(x.creaming.firstHalfEasyShare).toBeCloseTo(0.4, 12);
    expect(x.creaming.secondHalfEasyShare).toBeCloseTo(0.6, 12);
    expect(x.creaming.flagged).toBe(true);
    expect(y.creaming).toMatchObject({ rise: 0, flagged: false });
  });

  it("takes thresholds as options", () => {
    const lenient = performanceOf(parseParticipants(csv), {
      parkingThreshold: 0.3,
      creamingThreshold: 0.25,
    });
    expect(lenient.providers[0]!.parking.flagged).toBe(false);
    expect(lenient.providers[0]!.creaming.flagged).toBe(false);
  });
});

describe("parseParticipants — bad input names line and column", () => {
  const bad = (text: string) => {
    try {
      parseParticipants(text);
    } catch (error) {
      return error as PbrCsvError;
    }
    throw new Error("expected a PbrCsvError");
  };

  it("a missing column, on line 1", () => {
    const e = bad("participant_id,provider,group,referral_date,outcome,support_hours\n");
    expect([e.line, e.column]).toEqual([1, "job_start_date"]);
  });

  it("an unparseable date, outcome not 0/1, negative hours and a duplicate id", () => {
    const ok = "p1,X,A,2012-01-01,,0,3";
    expect(bad(`${HEADER}\n${ok}\np2,X,A,2012-02-30,,0,3`)).toMatchObject({
      line: 3,
      column: "referral_date",
    });
    expect(bad(`${HEADER}\n${ok}\n\np2,X,A,2012-02-01,,yes,3`)).toMatchObject({
      line: 4,
      column: "outcome",
    });
    expect(bad(`${HEADER}\np2,X,A,2012-02-01,,1,-2`)).toMatchObject({
      line: 2,
      column: "support_hours",
    });
    expect(bad(`${HEADER}\n${ok}\n${ok}`).message).toBe(
      "line 3, column participant_id: duplicate participant 'p1' (first on line 2)",
    );
  });
});
