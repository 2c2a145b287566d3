import type { Measure } from "../../shared/outcomes.ts";

const series = (indicator: string, points: [string, number][]): Partial<Measure>[] =>
  points.map(([date, value]) => ({ indicator, date, value }));

// Twelve navigator clients' wellbeing before and after (illustrative): ten improve, one is unchanged, one falls.
const WELLBEING: [number, number][] = [
  [17, 21],
  [19, 24],
  [15, 20],
  [21, 22],
  [18, 18],
  [20, 25],
  [16, 19],
  [22, 21],
  [14, 19],
  [19, 23],
  [18, 22],
  [20, 24],
];

/**
 * The illustrative measures of each demo framework (outcome-demo-frameworks.json), by framework id:
 * the paper publishes no measures, so every value is made up to show the charts and statistics.
 */
export const DEMO_MEASURES: Record<string, Partial<Measure>[]> = {
  "demo-of-jus-navigators": [
    ...series("jus-confidence", [
      ["2009-03-31", 4.1],
      ["2009-09-30", 5.0],
      ["2010-03-31", 5.8],
      ["2010-09-30", 6.4],
    ]),
    ...series("jus-residents-designing", [
      ["2009-06-30", 8],
      ["2009-12-31", 19],
      ["2010-06-30", 27],
    ]),
    ...series("jus-ae-attendances", [
      ["2009-06-30", 118],
      ["2009-12-31", 104],
      ["2010-06-30", 93],
      ["2010-12-31", 86],
    ]),
    ...series("jus-warm-referrals", [
      ["2009-12-31", 31],
      ["2010-12-31", 48],
    ]),
    ...WELLBEING.flatMap(([before, after], i) => {
      const personCode = `JUS-${String(i + 1).padStart(3, "0")}`;
      return [
        {
          indicator: "jus-wemwbs",
          date: "2009-06-30",
          value: before,
          personCode,
          phase: "before" as const,
        },
        {
          indicator: "jus-wemwbs",
          date: "2010-06-30",
          value: after,
          personCode,
          phase: "after" as const,
        },
      ];
    }),
  ],
  "demo-of-association": [
    ...series("assoc-satisfied", [
      ["2008-03-31", 82],
      ["2009-03-31", 80],
      ["2010-03-31", 83],
    ]),
    ...series("assoc-people-reached", [
      ["2008-03-31", 5200],
      ["2009-03-31", 5450],
      ["2010-03-31", 5600],
    ]),
  ],
  "demo-of-ha1-merger": [
    ...series("ha1-first-time-fix", [
      ["2008-03-31", 78],
      ["2009-03-31", 83],
      ["2010-03-31", 86],
    ]),
    ...series("ha1-listened", [
      ["2008-03-31", 55],
      ["2010-03-31", 58],
    ]),
  ],
};
