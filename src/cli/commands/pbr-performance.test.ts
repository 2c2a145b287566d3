import { describe, expect, it } from "vitest";
import { fakePbrIo } from "../../../test/factories/pbr-cli-io.ts";
import { UsageError } from "../command.ts";
import { pbrPerformanceCommand } from "./pbr-performance.ts";

const HEADER = "participant_id,provider,group,referral_date,job_start_date,outcome,support_hours";
// Group A: 2 participants, 1 outcome (0.5); group B: 2, 0 (0). Provider X has A+A ⇒ E = 1, O = 1;
// provider Y has B+B ⇒ E = 0, O = 0 (ratio null).
const csv = [
  HEADER,
  "p1,X,A,2012-01-01,2012-02-01,1,10",
  "p2,X,A,2012-03-01,,0,8",
  "p3,Y,B,2012-01-05,,0,2",
  "p4,Y,B,2012-03-01,,0,2",
].join("\n");

describe("pbr performance command", () => {
  it("prints observed and expected outcomes as JSON", async () => {
    const { io, out } = fakePbrIo({ "p.csv": csv });
    const code = await pbrPerformanceCommand.run(
      { values: { json: true }, positionals: ["p.csv"] },
      io,
    );
    expect(code).toBe(0);
    const doc = JSON.parse(out.join(""));
    expect(
      doc.providers.map(
        (p: { id: string; observed: number; expected: number; ratio: number | null }) => [
          p.id,
          p.observed,
          p.expected,
          p.ratio,
        ],
      ),
    ).toEqual([
      ["X", 1, 1, 1],
      ["Y", 0, 0, null],
    ]);
    expect(doc.thresholds).toEqual({ parking: 0.5, creaming: 0.1 });
  });

  it("reads --parking-threshold and prints a table by default", async () => {
    const { io, out } = fakePbrIo({ "p.csv": csv });
    await pbrPerformanceCommand.run(
      { values: { "parking-threshold": "0.7" }, positionals: ["p.csv"] },
      io,
    );
    expect(out.join("")).toContain("O/E");
    expect(out.join("")).toContain("parking");
  });

  it("names the line and column of bad CSV", async () => {
    const { io } = fakePbrIo({ "p.csv": `${HEADER}\np1,X,A,2012-01-01,,2,1` });
    const run = pbrPerformanceCommand.run({ values: {}, positionals: ["p.csv"] }, io);
    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow("p.csv: line 2, column outcome: must be 0 or 1, not '2'");
  });

  it("rejects a bad threshold", async () => {
    const { io } = fakePbrIo({ "p.csv": csv });
    await expect(
      pbrPerformanceCommand.run(
        { values: { "parking-threshold": "half" }, positionals: ["p.csv"] },
        io,
      ),
    ).rejects.toThrow("--parking-threshold must be a number");
  });
});

describe("pbr performance on examples/pbr/participants.csv", () => {
  it("finds the creaming and parking built into the generated data", async () => {
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(
      new URL("../../../examples/pbr/participants.csv", import.meta.url),
      "utf8",
    );
    const { io, out } = fakePbrIo({ "p.csv": text });
    await pbrPerformanceCommand.run({ values: { json: true }, positionals: ["p.csv"] }, io);
    type Row = { id: string; parking: { flagged: boolean }; creaming: { flagged: boolean } };
    const doc = JSON.parse(out.join("")) as { providers: Row[] };
    const flagged = (k: "parking" | "creaming") =>
      doc.providers.filter((p) => p[k].flagged).map((p) => p.id);
    expect(flagged("creaming")).toEqual(["demo-tso1"]);
    expect(flagged("parking")).toEqual(["demo-ha1"]);
  });
});
