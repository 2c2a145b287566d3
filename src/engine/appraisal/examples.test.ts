import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type AppraisalDocument, appraisalSchema } from "../../shared/appraisal.ts";
import { type AppraisalResult, appraise } from "./appraise.ts";

const dir = new URL("../../../examples/appraisals/", import.meta.url);

function load(file: string): { doc: AppraisalDocument; result: AppraisalResult } {
  const doc = appraisalSchema.parse(JSON.parse(readFileSync(new URL(file, dir), "utf8")));
  // 2,000 iterations keep the suite fast; the properties below do not depend on the count.
  return { doc, result: appraise(doc, { iterations: 2000 }) };
}

const option = (r: AppraisalResult, id: string) => r.options.find((o) => o.id === id)!;

describe("worked examples in examples/appraisals", () => {
  it("are all valid, marked illustrative and appraise without NaN", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const { doc, result } = load(file);
      expect(doc.title).toMatch(/illustrative/);
      for (const o of result.options) expect(Number.isFinite(o.npv + o.monteCarlo.mean)).toBe(true);
    }
  });

  it("Association: the merger has the highest NPV but the Association ranks first until NPV weighs more", () => {
    const { result } = load("association-back-office.json");
    expect(result.options.map((o) => o.stage)).toEqual([1, 6, 7]);
    const [, association, merger] = result.options;
    expect(merger!.npv).toBeGreaterThan(association!.npv);
    expect(association!.mcda.rank).toBe(1);
    const npv = result.criteria.find((c) => c.id === "npv")!;
    expect(npv.switchesTo).toBe("full-merger");
    expect(npv.switchingWeight!).toBeGreaterThan(npv.weight);
  });

  it("Association: savings come from what was integrated; finance, IT and HR only in the merger", () => {
    const { doc, result } = load("association-back-office.json");
    const sources = (id: string) =>
      doc.options
        .find((o) => o.id === id)!
        .lines.flatMap((l) => (l.kind === "saving" ? [l.source] : []));
    // The paper: fundraising, strategic planning and English regional services merged; finance,
    // IT and HR not.
    expect(sources("association")).toEqual(["fundraising", "executive_team", "service_delivery"]);
    expect(sources("full-merger")).toContain("back_office");
    expect(doc.notes).toMatch(/not pursued for purely, or even largely, financial reasons/);
    // About 250 staff moved between the charities: 250 × 1,200 = 300,000 in year 0 (DF 1).
    const association = option(result, "association");
    expect(association.cashFlows[0]!.staff).toBe(300_000);
    expect(association.pv.staff).toBe(300_000);
  });

  it("housing phased savings: £4m a year reached by year four, and the £6m target by 2014", () => {
    const { doc, result } = load("housing-phased-savings.json");
    const four = option(result, "four-million-by-year-four").cashFlows.map((c) => c.savings);
    // 0.25m from year 1 plus restructuring ramping 4m × t/4: 1.25m, 2.25m, 3.25m, 4.25m, then flat.
    expect(four.slice(0, 6)).toEqual([0, 1_250_000, 2_250_000, 3_250_000, 4_250_000, 4_250_000]);
    const six = option(result, "six-million-by-2014").cashFlows.map((c) => c.savings);
    // Plus 2m × (t − 4)/2 from year 5: 5.25m in year 5, 6.25m from year 6 (restructuring 6m a year).
    expect(six.slice(4, 8)).toEqual([4_250_000, 5_250_000, 6_250_000, 6_250_000]);
    // Year 6 runs 1 April 2013 to 31 March 2014: the £6m a year is reached by 2014.
    expect(doc.baseDate).toBe("2007-04-01");
  });

  it("shared services 2010: day-weighted VAT is still charged before the exemption, and flagged", () => {
    const { result } = load("shared-services-2010.json");
    const exempt = option(result, "shared-services-exempt");
    const vat = exempt.cashFlows.slice(0, 4).map((c) => c.vat);
    // Year 1 = 1 Jan–31 Dec 2011 (365 days): 3 days at 17.5%, 362 at 20%:
    // 2.4m × (3 × 0.175 + 362 × 0.2) / 365 = 2.4m × 72.925 / 365 = 479,506.85.
    expect(vat[1]).toBeCloseTo((2_400_000 * 72.925) / 365, 6);
    // Year 2 = 2012 (366 days): charged 1 Jan–16 Jul = 31+29+31+30+31+30+16 = 198 days at 20%, then
    // exempt: 2.4m × 198 × 0.2 / 366 = 259,672.13. Year 3 starts 2013: wholly exempt.
    expect(vat[2]).toBeCloseTo((2_400_000 * 198 * 0.2) / 366, 6);
    expect([vat[0], vat[3]]).toEqual([0, 0]);
    expect(exempt.flags.map((f) => f.code)).toContain("vat_before_cost_sharing_exemption");
    expect(exempt.flags[0]!.message).toMatch(/years 1–2/);
    expect(result.assumptions.some((a) => a.includes("announced for April 2012"))).toBe(true);
    expect(option(result, "shared-services-separate").npv).toBeLessThan(0);
    expect(exempt.npv).toBeLessThan(option(result, "group-structure").npv);
  });

  it("shared services 2013: the exemption removes VAT entirely, matching a VAT group", () => {
    const { result } = load("shared-services-2013.json");
    const exempt = option(result, "shared-services-exempt");
    expect(exempt.pv.vat).toBe(0);
    expect(exempt.flags.map((f) => f.code)).not.toContain("vat_before_cost_sharing_exemption");
    expect(exempt.npv).toBe(option(result, "group-structure").npv);
    // Separate organisations pay 20% of 2.4m = 480,000 every year: more than the savings' base.
    expect(option(result, "shared-services-separate").cashFlows[3]!.vat).toBe(480_000);
  });

  it("streamlining: loan re-pricing lowers NPV by exactly the discounted debt × rate sum", () => {
    const { doc, result } = load("group-to-merger-streamlining.json");
    const kept = option(result, "merger-loans-kept");
    const repriced = option(result, "merger-repriced");
    // £600m × 0.5% = £3m a year, years 1–30, all in the Green Book's 3.5% band:
    // 3m × (1 − 1.035^−30) / 0.035 = 3m × 18.392045… ≈ 55,176,136.
    const expected = (3_000_000 * (1 - 1.035 ** -30)) / 0.035;
    expect(kept.npv - repriced.npv).toBeCloseTo(expected, 4);
    expect(repriced.pv.loan).toBeCloseTo(expected, 4);
    // The savings ladder adds up to £10m a year by year five (£5m for each association).
    const ladder = doc.options[1]!.lines.filter((l) => l.kind === "saving");
    expect(ladder.reduce((s, l) => s + (l.kind === "saving" ? l.annual : 0), 0)).toBe(10_000_000);
    expect(kept.cashFlows[5]!.savings).toBeCloseTo(kept.cashFlows[30]!.savings, 6);
  });
});
