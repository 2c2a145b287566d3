import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../command.ts";
import { UsageError } from "../command.ts";
import { valueCommand } from "./value.ts";

const EXAMPLE = "examples/value-maps/community-navigator.json";
const exampleText = readFileSync(new URL(`../../../${EXAMPLE}`, import.meta.url), "utf8");

function fakeIo(files: Record<string, string> = { [EXAMPLE]: exampleText }) {
  const out: string[] = [];
  const written: Record<string, string | Uint8Array> = {};
  const io: CliIo = {
    out: (t) => out.push(t),
    err: () => {},
    readFile: async (p) => {
      if (!(p in files)) throw Object.assign(new Error("missing"), { code: "ENOENT" });
      return files[p]!;
    },
    writeFile: async (p, d) => {
      written[p] = d;
    },
  };
  return { io, out, written };
}

const run = (values: Record<string, string | boolean>, io: CliIo, file = EXAMPLE) =>
  valueCommand.run({ values, positionals: [file] }, io);

describe("partnerscope value", () => {
  it("--json prints exactly the contract's keys, with the reconstruction's 4.44 and 3.87", async () => {
    const { io, out } = fakeIo();
    expect(await run({ json: true, iterations: "2000", seed: "5" }, io)).toBe(0);
    const json = JSON.parse(out.join(""));
    expect(Object.keys(json)).toEqual(["perspectives", "flags"]);
    expect(Object.keys(json.perspectives[0])).toEqual([
      "id",
      "pvBenefits",
      "pvInputs",
      "npv",
      "ratio",
      "netRatio",
      "byStakeholder",
      "byOutcome",
      "sensitivity",
      "breakEvenProxy",
      "monteCarlo",
    ]);
    expect(json.perspectives.map((p: { ratio: number }) => p.ratio.toFixed(2))).toEqual([
      "4.44",
      "3.87",
    ]);
    expect(Object.keys(json.perspectives[0].monteCarlo)).toEqual(["p10", "p50", "p90"]);
  });

  it("--iterations 0 skips Monte Carlo (null); the same seed gives the same percentiles", async () => {
    const a = fakeIo();
    await run({ json: true, iterations: "0" }, a.io);
    expect(JSON.parse(a.out.join("")).perspectives[0].monteCarlo).toBeNull();
    const b = fakeIo();
    const c = fakeIo();
    await run({ json: true, iterations: "500", seed: "9" }, b.io);
    await run({ json: true, iterations: "500", seed: "9" }, c.io);
    expect(b.out).toEqual(c.out);
  });

  it("writes the workbook in the guide's layout and an escaped HTML report", async () => {
    const text = exampleText.replace('"Society"', '"Society <script>alert(1)</script>"');
    const { io, written } = fakeIo({ [EXAMPLE]: text });
    await run({ xlsx: "out.xlsx", html: "out.html", iterations: "200" }, io);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(written["out.xlsx"] as Uint8Array) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Summary",
      "Inputs",
      "Outcomes",
      "Impact",
      "Projection",
      "Sensitivity",
    ]);
    // Impact of the first outcome: 400 × £150 × 0.75 × 1 × 0.8 = £36,000, as a live formula on Outcomes.
    const impact = book.getWorksheet("Impact")!.getCell("C2");
    expect(impact.formula).toBe(
      "Outcomes!F2*Outcomes!G2*(1-Outcomes!J2)*(1-Outcomes!K2)*(1-Outcomes!L2)",
    );
    expect(impact.result).toBeCloseTo(36000, 6);
    const html = written["out.html"] as string;
    expect(html).toContain("Society &#60;script&#62;alert(1)&#60;/script&#62;");
    expect(html).not.toContain("<script>");
  });

  it("bad input is one line naming the JSON path (exit 2 via UsageError)", async () => {
    const bad = JSON.parse(exampleText);
    bad.outcomes[3].attribution = 1.3;
    const { io } = fakeIo({ "bad.json": JSON.stringify(bad) });
    const error = await run({}, io, "bad.json").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      "bad.json: $.outcomes[3].attribution: must be between 0 and 1 (given 1.3)",
    );
    await expect(run({ iterations: "300000" }, fakeIo().io)).rejects.toThrow(
      "--iterations must be at most 200,000",
    );
    await expect(run({}, fakeIo({ "x.json": "{" }).io, "x.json")).rejects.toThrow(
      /^x\.json: not valid JSON/,
    );
  });
});
