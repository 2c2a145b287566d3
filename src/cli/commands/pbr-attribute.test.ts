import { describe, expect, it } from "vitest";
import { fakePbrIo } from "../../../test/factories/pbr-cli-io.ts";
import { UsageError } from "../command.ts";
import { pbrAttributeCommand } from "./pbr-attribute.ts";

// p1: A then B, outcome; p2: A only, no outcome. v(A) = 0 (1 journey, 0 outcomes), v(B) = 0 (none),
// v(AB) = 1/2. φ_A = ½·0 + ½·(½ − 0) = ¼, φ_B = ½·0 + ½·(½ − 0) = ¼; × 2 journeys ⇒ ½ each.
const journeys = [
  "participant_id,provider,touch_date,outcome",
  "p1,A,2012-01-01,0",
  "p1,B,2012-02-01,1",
  "p2,A,2012-01-03,0",
].join("\n");

async function run(values: Record<string, string | boolean>, files: Record<string, string> = {}) {
  const { io, out } = fakePbrIo({ "j.csv": journeys, ...files });
  const code = await pbrAttributeCommand.run({ values, positionals: ["j.csv"] }, io);
  return { code, text: out.join("") };
}

describe("pbr attribute command", () => {
  it("prints Shapley credits as JSON", async () => {
    const { code, text } = await run({ json: true, method: "shapley" });
    expect(code).toBe(0);
    expect(JSON.parse(text)).toEqual({
      method: "shapley",
      journeys: 2,
      outcomes: 1,
      credits: { A: 0.5, B: 0.5 },
      shapley: { exact: true },
    });
  });

  it("uses last touch and reconciles claims", async () => {
    const { text } = await run(
      { json: true, method: "last", claims: "c.csv" },
      { "c.csv": "provider,claimed\nA,1\nB,1\nC,1" },
    );
    const doc = JSON.parse(text);
    expect(doc.credits).toEqual({ A: 0, B: 1, C: 0 });
    expect(doc.claims.overClaimFactor).toBe(3);
    expect(doc.claims.partners).toContainEqual({
      provider: "C",
      claimed: 1,
      attributed: 0,
      excess: 1,
    });
  });

  it("prints a table by default", async () => {
    const { text } = await run({ method: "first" });
    expect(text).toContain("credit (first)");
  });

  it("rejects an unknown method and names the line of bad CSV", async () => {
    await expect(run({ method: "fair" })).rejects.toThrow(UsageError);
    const bad = run(
      {},
      { "j.csv": "participant_id,provider,touch_date,outcome\np1,A,2012-01-01,maybe" },
    );
    await expect(bad).rejects.toThrow("j.csv: line 2, column outcome: must be 0 or 1, not 'maybe'");
  });
});

describe("pbr attribute on examples/pbr/journeys.csv", () => {
  it("credits sum to the outcomes and the claims over-claim", async () => {
    const { readFile } = await import("node:fs/promises");
    const read = (name: string) =>
      readFile(new URL(`../../../examples/pbr/${name}`, import.meta.url), "utf8");
    const { io, out } = fakePbrIo({
      "j.csv": await read("journeys.csv"),
      "c.csv": await read("claims.csv"),
    });
    await pbrAttributeCommand.run(
      { values: { json: true, claims: "c.csv" }, positionals: ["j.csv"] },
      io,
    );
    const doc = JSON.parse(out.join(""));
    const credited = Object.values(doc.credits as Record<string, number>).reduce(
      (s, x) => s + x,
      0,
    );
    expect(credited).toBeCloseTo(doc.outcomes, 8);
    expect(doc.claims.overClaimFactor).toBeGreaterThan(1.5);
  });
});
