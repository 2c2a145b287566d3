import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliCaptured } from "../../../test/factories/cli.ts";

describe("partnerscope simulate", () => {
  it("prints the fixed JSON contract, the same for 1 and 2 workers", async () => {
    const one = await cliCaptured(
      "simulate",
      "--preset",
      "ni-procurement-2008",
      "--runs",
      "5",
      "--seed",
      "3",
      "--workers",
      "1",
      "--json",
    );
    const two = await cliCaptured(
      "simulate",
      "--preset",
      "ni-procurement-2008",
      "--runs",
      "5",
      "--seed",
      "3",
      "--workers",
      "2",
      "--json",
    );
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    const summary = JSON.parse(one.out);
    expect(Object.keys(summary)).toEqual([
      "preset",
      "seed",
      "runs",
      "years",
      "constitutionalChange",
      "calibration",
    ]);
    expect(summary).toMatchObject({ preset: "ni-procurement-2008", seed: 3, runs: 5 });
    expect(summary.years.map((y: { year: number }) => y.year)).toEqual([
      2007, 2008, 2009, 2010, 2011, 2012,
    ]);
    expect(Object.keys(summary.years[0].partnershipsByStage)).toEqual([
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
    ]);
    expect(Object.keys(summary.years[0].top20Share.entity)).toEqual(["mean", "p10", "p90"]);
    expect(Object.keys(summary.calibration[0])).toEqual([
      "id",
      "target",
      "low",
      "high",
      "observed",
      "within",
    ]);
  }, 60_000);

  it("prints a table, and refuses a scenario naming the path of the problem", async () => {
    const text = await cliCaptured(
      "simulate",
      "--preset",
      "ni-procurement-2008",
      "--runs",
      "2",
      "--workers",
      "0",
    );
    expect(text.out).toMatch(/year\s+organisations\s+mean size/);
    expect(text.out).toMatch(/procurementGroups\.2009/);
    expect(text.out).toMatch(/tolerance\s+observed mean\s+90% of runs\s+within tolerance/);
    const dir = mkdtempSync(join(tmpdir(), "simulate-"));
    const file = join(dir, "scenario.json");
    writeFileSync(
      file,
      JSON.stringify({
        format: "partnerscope-scenario/v1",
        preset: "england-housing-2002",
        changes: [{ policy: "lender_repricing_2008", from: "soon" }],
      }),
    );
    const bad = await cliCaptured("simulate", file, "--runs", "2");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/\$\.changes\[0\]\.from/);
    const both = await cliCaptured("simulate", file, "--preset", "ni-procurement-2008");
    expect(both.code).toBe(2);
    expect((await cliCaptured("simulate", "--preset", "nowhere")).err).toMatch(
      /england-housing-2002, ni-procurement-2008/,
    );
    expect(
      (await cliCaptured("simulate", "--preset", "ni-procurement-2008", "--runs", "1e9")).code,
    ).toBe(2);
  }, 60_000);
});
