import { describe, expect, it } from "vitest";
import { fakePbrIo } from "../../../test/factories/pbr-cli-io.ts";
import { buildPbrModel } from "../../../test/factories/pbr-model.ts";
import { UsageError } from "../command.ts";
import { pbrCommand } from "./pbr.ts";

const modelText = JSON.stringify(buildPbrModel());

async function runJson(values: Record<string, string | boolean> = {}) {
  const { io, out } = fakePbrIo({ "m.json": modelText });
  const code = await pbrCommand.run(
    { values: { json: true, ...values }, positionals: ["m.json"] },
    io,
  );
  return { code, doc: JSON.parse(out.join("")) };
}

describe("pbr command", () => {
  it("prints the hand-computed one-group model as JSON", async () => {
    // Same model as src/engine/pbr/pbr-model.test.ts: revenue 9,250, costs 1,475, peak 1,150.
    const { code, doc } = await runJson();
    expect(code).toBe(0);
    expect(doc.providers[0]).toMatchObject({
      id: "prime",
      revenue: 9250,
      costs: 1475,
      net: 7775,
      npv: 7775,
      peakFunding: 1150,
      cashPositiveWeek: 4,
    });
    expect(doc.groups[0]).toEqual({
      id: "g1",
      referrals: 10,
      starts: 7.5,
      jobOutcomes: 7.5,
      sustainmentPayments: 15,
      jobOutcomesPerReferral: 0.75,
    });
    expect(doc.commissioner).toEqual({ paid: 9250, costPerJobOutcome: 1233.33 });
    expect(doc.riskTransfer.shortfall).toBe(-0.1);
    expect(doc.assumptions.length).toBeGreaterThan(5);
    expect(doc.providers[0].spread).toBeUndefined();
  });

  it("adds a seeded spread with --monte-carlo and --seed", async () => {
    const a = await runJson({ "monte-carlo": "50", seed: "9" });
    const b = await runJson({ "monte-carlo": "50", seed: "9" });
    expect(a.doc.providers[0].spread.npv).toEqual(b.doc.providers[0].spread.npv);
    expect(a.doc.monteCarlo).toEqual({ runs: 50, seed: 9 });
  });

  it("prints a readable table without --json", async () => {
    const { io, out } = fakePbrIo({ "m.json": modelText });
    await pbrCommand.run({ values: {}, positionals: ["m.json"] }, io);
    expect(out.join("")).toContain("peak funding");
    expect(out.join("")).toMatch(/prime\s+prime\s+9,250\s+1,475\s+7,775\s+1,150\s+4/);
  });

  it("names the row and field of a bad model", async () => {
    const bad = JSON.parse(modelText);
    bad.allocation[0].provider = "ghost";
    const { io } = fakePbrIo({ "m.json": JSON.stringify(bad) });
    const run = pbrCommand.run({ values: {}, positionals: ["m.json"] }, io);
    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow("m.json: $.allocation[0].provider: unknown provider 'ghost'");
  });

  it("rejects bad JSON, a missing file and a bad --monte-carlo", async () => {
    const { io } = fakePbrIo({ "m.json": "{ nope", "ok.json": modelText });
    await expect(pbrCommand.run({ values: {}, positionals: ["m.json"] }, io)).rejects.toThrow(
      "is not valid JSON",
    );
    await expect(pbrCommand.run({ values: {}, positionals: ["x.json"] }, io)).rejects.toThrow(
      "cannot read x.json",
    );
    await expect(
      pbrCommand.run({ values: { "monte-carlo": "lots" }, positionals: ["ok.json"] }, io),
    ).rejects.toThrow("--monte-carlo must be a whole number");
  });
});

describe("pbr command on examples/pbr/work-programme.json", () => {
  it("tells the README's story: the prime profits, the specialist tier 2 loses", async () => {
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(
      new URL("../../../examples/pbr/work-programme.json", import.meta.url),
      "utf8",
    );
    const { io, out } = fakePbrIo({ "wp.json": text });
    await pbrCommand.run({ values: { json: true }, positionals: ["wp.json"] }, io);
    const doc = JSON.parse(out.join(""));
    const npv = Object.fromEntries(
      doc.providers.map((p: { id: string; npv: number }) => [p.id, p.npv]),
    );
    expect(doc.providers).toHaveLength(6);
    expect(doc.groups).toHaveLength(9);
    expect(npv["demo-prime-1"]).toBeGreaterThan(0);
    expect(npv["demo-tso2"]).toBeLessThan(0);
  });
});
