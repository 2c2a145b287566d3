import { describe, expect, it } from "vitest";
import { exchangeSchema } from "../../shared/index.ts";
import { referenceProblemsOf } from "../exchange/index.ts";
import { simulateRun } from "./run.ts";
import { presetNamed, specOfPreset } from "./spec.ts";
import { YEAR_CODE } from "./state.ts";
import { isoOfCode, runToExchange } from "./to-exchange.ts";

describe("a run as a partnerscope/v1 workspace", () => {
  it.each([
    [0, 10, "2004-04-02"], // day 0
    [1, 10, "2004-05-08"], // day 36: May, 2 + 6
    [9, 10, "2005-02-26"], // day 324: February of the next calendar year, 2 + 24
    [29, 360, "2004-04-28"], // day 29 would be the 31st: held at the 28th
    [359, 360, "2005-03-28"],
  ])("action %i of %i in 2004 falls on %s", (order, count, iso) => {
    expect(isoOfCode(2004 * YEAR_CODE + order, count)).toBe(iso);
  });

  it("is a valid document with no dangling reference, marked simulated and illustrative", () => {
    const preset = presetNamed("ni-procurement-2008");
    const state = simulateRun(specOfPreset(preset), 5, true).state!;
    const doc = exchangeSchema.parse(runToExchange(state, preset, 5));
    expect(referenceProblemsOf(doc, {})).toEqual([]);
    expect(doc.organisations).toHaveLength(state.n);
    expect(doc.organisations.every((o) => o.illustrative && o.facts.length > 0)).toBe(true);
    expect(
      doc.partnerships.filter((p) => p.form === "procurement_group").length,
    ).toBeGreaterThanOrEqual(3);
    expect(doc.events.every((e) => e.note?.includes("Simulated"))).toBe(true);
    for (const p of doc.partnerships)
      for (const m of p.members) if (m.left) expect(m.left >= m.joined!).toBe(true);
  });
});
