import { describe, expect, it } from "vitest";
import {
  buildMembership,
  buildOrganisation,
  buildPartnership,
} from "../../../test/factories/landscape.ts";
import { exchangeToJson } from "../../engine/exchange/index.ts";
import type { CliIo } from "../command.ts";
import { sectorStatsCommand } from "./sector-stats.ts";

/** An io over an in-memory file system that records what is printed. */
function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => out.push(t),
    readFile: async (p) => {
      if (!(p in files)) throw new Error(`ENOENT: no such file, open '${p}'`);
      return files[p]!;
    },
    writeFile: async (p, d) => {
      files[p] = String(d);
    },
  };
  return { io, out };
}

// Parent 100 + subsidiary 50 in a group from 2005, independent 50 (see the engine's tests).
const doc = {
  format: "partnerscope/v1" as const,
  workspace: { name: "Test" },
  organisations: [
    buildOrganisation("PARENT", [[2000, 100]]),
    buildOrganisation("SUB", [[2000, 50]]),
    buildOrganisation("IND", [[2000, 50]]),
    buildOrganisation("W", [[2000, 300]], { nation: "wales" }),
    buildOrganisation("C", [], { kind: "charity" }),
  ],
  partnerships: [
    buildPartnership(
      "G",
      [buildMembership("PARENT", "parent"), buildMembership("SUB", "subsidiary")],
      { form: "group_structure", stage: 5, start: "2005-01-01" },
    ),
  ],
  events: [],
  contracts: [],
  evidence: [],
};
const files = {
  "sector.json": exchangeToJson(doc),
  "other.json": '{"format":"ocds"}',
  "bad.json": "{nope",
};
const run = (values: Record<string, string | boolean>, file = "sector.json") => {
  const { io, out } = fakeIo({ ...files });
  return sectorStatsCommand
    .run({ values, positionals: [file] }, io)
    .then((code) => ({ code, text: out.join("\n") }));
};

describe("sector stats", () => {
  it("prints the JSON fields the issue names, per group", async () => {
    const { code, text } = await run({
      "as-of": "2006-01-01",
      metric: "homes",
      top: "1",
      level: "group",
      nation: "england",
      kind: "housing_association",
      json: true,
    });
    expect(code).toBe(0);
    const r = JSON.parse(text);
    // Groups 150 and 50: CR_1 0.75, HHI 75² + 25² = 6,250.
    expect(r).toMatchObject({
      asOf: "2006-01-01",
      metric: "homes",
      level: "group",
      filter: { nation: "england", kind: "housing_association" },
      organisations: 3,
      weighed: 2,
      total: 200,
      mean: 100,
      median: 100,
      crTop: { k: 1, share: 0.75 },
      hhi: 6250,
    });
  });

  it("prints a readable table without --json, naming the set", async () => {
    const { code, text } = await run({
      "as-of": "2006-01-01",
      nation: "england",
      kind: "housing_association",
    });
    expect(code).toBe(0);
    expect(text).toMatch(/covers\s+housing associations in England/);
    expect(text).toMatch(/CR_20 \(top 20 share\)\s+100\.0%/);
    expect(text).toMatch(/HHI \(0–10,000\)\s+3,750/);
  });

  it("counts every organisation without a filter, weighing only those with figures", async () => {
    const r = JSON.parse((await run({ "as-of": "2006-01-01", json: true })).text);
    // C (no figures, nothing dates it) is counted but not weighed: 100, 50, 50, 300 of 500.
    expect(r).toMatchObject({ organisations: 5, weighed: 4, unknown: 1, total: 500 });
    // HHI = 20² + 10² + 10² + 60² = 4,200.
    expect(r.hhi).toBeCloseTo(4200, 9);
    const wales = JSON.parse(
      (await run({ "as-of": "2006-01-01", nation: "wales", json: true })).text,
    );
    expect(wales).toMatchObject({ organisations: 1, total: 300, hhi: 10_000 });
  });

  it.each([
    [{ "as-of": "2006-01-01", metric: "floors" }, "sector.json", /unknown metric "floors"/],
    [{ "as-of": "2006-02-30" }, "sector.json", /--as-of must be a real date/],
    [{}, "sector.json", /--as-of is required/],
    [{ "as-of": "2006-01-01", level: "region" }, "sector.json", /unknown level/],
    [{ "as-of": "2006-01-01", top: "0" }, "sector.json", /--top must be a whole number/],
    [
      { "as-of": "2006-01-01", nation: "mars" },
      "sector.json",
      /unknown nation "mars" \(use england/,
    ],
    [{ "as-of": "2006-01-01", kind: "club" }, "sector.json", /unknown kind "club"/],
    [{ "as-of": "2006-01-01" }, "other.json", /not a partnerscope\/v1 export \(format is "ocds"\)/],
    [{ "as-of": "2006-01-01" }, "bad.json", /bad\.json is not JSON/],
    [{ "as-of": "2006-01-01" }, "missing.json", /cannot read missing\.json/],
  ])("rejects bad input %j with a UsageError", async (values, file, message) => {
    await expect(run(values, file)).rejects.toThrow(message);
    await expect(run(values, file)).rejects.toHaveProperty("name", "UsageError");
  });
});
