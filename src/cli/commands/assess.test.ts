import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../command.ts";
import { UsageError } from "../command.ts";
import { assessCommand } from "./assess.ts";

const EXAMPLE = readFileSync(
  new URL("../../../examples/health/assessment-small.json", import.meta.url),
  "utf8",
);

async function run(doc: unknown, json = true) {
  const out: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => out.push(t),
    readFile: async () => (typeof doc === "string" ? doc : JSON.stringify(doc)),
    writeFile: async () => {},
  };
  const code = await assessCommand.run({ values: { json }, positionals: ["a.json"] }, io);
  return { code, text: out.join("") };
}

describe("partnerscope assess", () => {
  it("analyses the small example as worked by hand", async () => {
    const { code, text } = await run(EXAMPLE);
    expect(code).toBe(0);
    const out = JSON.parse(text);
    const [w1, w2] = out.waves;
    // w1 culture: P 4, 5, 3 → 4; Q (2 + 2)/2 = 2, (1 + 1)/2 = 1 → withheld (2 < 3); all 3, s² 2.5,
    // r_wg 1 − 2.5/2 < 0 → 0; gap null (one partner shown).
    expect(w1.dimensions[0]).toMatchObject({
      id: "culture",
      mean: 3,
      byPartner: { P: 4, Q: null },
      gap: null,
      agreement: 0,
    });
    expect(w1.dimensions[0].sd).toBeCloseTo(Math.sqrt(2.5), 12);
    // Totals 13, 14, 9, 8, 7 → 10.2, band "high".
    expect(w1.total).toEqual({ mean: 10.2, band: "high" });
    expect(w1.pairs).toEqual([{ a: "P", b: "Q", aRatesB: 4, bRatesA: 2, difference: 2 }]);
    // w2 culture: P 3, 3, 3; Q 4, 4, 4 → 3.5, gap 1, s² = 6 × 0.25 / 5 = 0.3, r_wg = 1 − 0.3/2 = 0.85.
    expect(w2.dimensions[0]).toMatchObject({ mean: 3.5, byPartner: { P: 3, Q: 4 }, gap: 1 });
    expect(w2.dimensions[0].agreement).toBeCloseTo(0.85, 12);
    // Change 3.5 − 3 = 0.5; Welch se² = 2.5/5 + 0.3/6 = 0.55, df = 0.3025 / (0.0625 + 0.0005) = 4.80,
    // t = 2.776 − 0.205 × (0.25 − 1/4.80)/0.05 = 2.6049, half-width 2.6049 × √0.55 = 1.9318.
    const culture = out.change.find((c: { dimension: string }) => c.dimension === "culture");
    expect(culture).toMatchObject({ from: "w1", to: "w2", difference: 0.5 });
    expect(culture.low).toBeCloseTo(0.5 - 1.9318, 3);
    expect(culture.high).toBeCloseTo(0.5 + 1.9318, 3);
  });

  it("prints a readable summary without --json", async () => {
    const { text } = await run(EXAMPLE, false);
    expect(text).toContain("wave w1: 5 respondents");
    expect(text).toContain("  culture: mean 3.00 (sd 1.58), P 4.00, Q —; gap —, r_wg 0.00");
    expect(text).toContain("  P rates Q 4, Q rates P 2: difference 2");
  });

  it("refuses an answer outside the scale, naming the respondent and item", async () => {
    const doc = JSON.parse(EXAMPLE);
    doc.responses[3].answers.c1 = 6;
    await expect(run(doc)).rejects.toThrow(
      new UsageError(
        'a.json: $.responses[3].answers.c1: respondent "q1": item "c1": 6 is outside the scale 1–5',
      ),
    );
  });

  it("refuses a rating of oneself and an unknown partner", async () => {
    const doc = JSON.parse(EXAMPLE);
    doc.pairRatings[0].ratee = "P";
    doc.responses[0].partner = "X";
    await expect(run(doc)).rejects.toThrow(
      'a.json: $.responses[0].partner: respondent "p1": "X" is not a partner of this assessment (and 1 more)',
    );
    doc.responses[0].partner = "P";
    await expect(run(doc)).rejects.toThrow(
      'a.json: $.pairRatings[0]: rater "P": a partner cannot rate itself',
    );
  });
});
