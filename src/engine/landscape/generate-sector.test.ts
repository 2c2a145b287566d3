import { describe, expect, it } from "vitest";
import { exchangeSchema } from "../../shared/index.ts";
import { exchangeToJson, referenceProblemsOf } from "../exchange/index.ts";
import { constitutionalChangeOf } from "./constitutional-change.ts";
import { generateSector } from "./generate-sector.ts";
import { sectorStatsOf } from "./sector-stats.ts";
import { mergerIntensity } from "./synthetic-mergers.ts";
import { transitionsOf } from "./transitions.ts";

describe("generateSector", () => {
  const doc = generateSector({ organisations: 500, seed: 7 });
  const json = exchangeToJson(doc);

  it("writes a valid partnerscope/v1 export with consistent references (N = 500)", () => {
    const parsed = exchangeSchema.safeParse(JSON.parse(json));
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect(referenceProblemsOf(parsed.data!)).toEqual([]);
    expect(doc.organisations).toHaveLength(500);
  });

  it("is reproducible from its seed and differs with another", () => {
    expect(exchangeToJson(generateSector({ organisations: 500, seed: 7 }))).toBe(json);
    expect(exchangeToJson(generateSector({ organisations: 500, seed: 8 }))).not.toBe(json);
  });

  it("has groups with parents and subsidiaries, consortia, supply chains with primes and tiers", () => {
    const forms = new Set(doc.partnerships.map((p) => p.form));
    for (const f of [
      "group_structure",
      "prime_contractor_supply_chain",
      "procurement_consortium",
    ] as const)
      expect(forms).toContain(f);
    const roles = new Set(doc.partnerships.flatMap((p) => p.members.map((m) => m.role)));
    for (const r of ["parent", "subsidiary", "prime", "tier1", "tier2"] as const)
      expect(roles).toContain(r);
  });

  it("has heavy-tailed sizes: mean well above median, the largest far above the mean", () => {
    const s = sectorStatsOf(doc, { asOf: "2010-03-31", metric: "homes" });
    expect(s.mean).toBeGreaterThan(1.5 * s.median);
    const largest = Math.max(...doc.organisations.map((o) => o.facts.at(-1)?.homes ?? 0));
    expect(largest).toBeGreaterThan(5 * s.mean);
  });

  it("dissolves merged organisations and clusters mergers in the policy waves", () => {
    const mergers = doc.events.filter(
      (e) => e.type === "merged" || e.type === "transfer_of_engagements",
    );
    expect(mergers.length).toBeGreaterThan(100);
    expect(
      mergers.every((e) => e.dissolves.length === 1 && e.date >= "1970" && e.date <= "2013"),
    ).toBe(true);
    const inYears = (a: number, b: number) =>
      mergers.filter((e) => +e.date.slice(0, 4) >= a && +e.date.slice(0, 4) <= b).length;
    // Three years after each policy change against the three quiet years 1981–83 and the 2008–10 trough.
    expect(inYears(2004, 2006)).toBeGreaterThan(2 * inYears(1981, 1983));
    expect(inYears(1989, 1991)).toBeGreaterThan(inYears(1981, 1983));
    expect(mergerIntensity(2009)).toBeLessThan(mergerIntensity(2006) / 2);
  });

  it("produces large organisations that mostly change constitution, and consortium → group → merger paths", () => {
    const big = generateSector({ organisations: 3000, seed: 1 });
    const c = constitutionalChangeOf(big, {
      from: "2002-04-01",
      to: "2010-03-31",
      metric: "homes",
      large: 10_000,
    });
    expect(c.shareLarge).toBeGreaterThan(c.share);
    expect(transitionsOf(big, { to: "2012-12-31" }).paths.map((p) => p.label)).toContain("2→5→7");
  });

  it("rejects a non-positive size", () => {
    expect(() => generateSector({ organisations: 0, seed: 1 })).toThrow(/at least 1/);
  });
});
