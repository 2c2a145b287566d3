import { describe, expect, it } from "vitest";
import { exchangeSchema } from "../../shared/index.ts";
import { referenceProblemsOf } from "../exchange/index.ts";
import { simulateRun } from "./run.ts";
import { presetNamed, specOfPreset } from "./spec.ts";
import { isoOfCode, runToExchange } from "./to-exchange.ts";

describe("a run as a partnerscope/v1 workspace", () => {
  it.each([
    [2004 * 400 + 0, "2004-04-02"],
    [2004 * 400 + 29, "2004-04-28"],
    [2004 * 400 + 30, "2004-05-02"],
    [2004 * 400 + 269, "2004-12-28"],
    [2004 * 400 + 270, "2005-01-02"],
    [2004 * 400 + 359, "2005-03-28"],
  ])("date code %i is %s", (code, iso) => {
    expect(isoOfCode(code)).toBe(iso);
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
  });
});
