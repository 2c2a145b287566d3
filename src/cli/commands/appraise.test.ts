import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { appraise } from "../../engine/appraisal/appraise.ts";
import { appraisalSchema } from "../../shared/appraisal.ts";
import type { CliIo } from "../command.ts";
import { UsageError } from "../command.ts";
import { registerCommands } from "../registry.ts";
import { runCli } from "../run.ts";
import { appraiseCommand } from "./appraise.ts";

const EXAMPLE = "examples/appraisals/shared-services-2010.json";
const exampleText = readFileSync(new URL(`../../../${EXAMPLE}`, import.meta.url), "utf8");

function fakeIo(files: Record<string, string> = { [EXAMPLE]: exampleText }) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string | Uint8Array> = {};
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: async (p) => {
      if (!(p in files)) throw Object.assign(new Error("missing"), { code: "ENOENT" });
      return files[p]!;
    },
    writeFile: async (p, d) => {
      written[p] = d;
    },
  };
  return { io, out, err, written };
}

const run = (values: Record<string, string | boolean>, io: CliIo, file = EXAMPLE) =>
  appraiseCommand.run({ values: { iterations: "2000", ...values }, positionals: [file] }, io);

describe("partnerscope appraise", () => {
  it("prints a readable table with every option, flags and assumptions", async () => {
    const { io, out } = fakeIo();
    expect(await run({}, io)).toBe(0);
    const text = out.join("\n");
    for (const id of [
      "in-house",
      "shared-services-separate",
      "shared-services-exempt",
      "group-structure",
    ])
      expect(text).toContain(id);
    expect(text).toMatch(/VAT is still charged in years 1–2/);
    expect(text).toMatch(/Assumptions:/);
  });

  it("prints the engine's result as JSON with --json", async () => {
    const { io, out } = fakeIo();
    await run({ json: true }, io);
    const json = JSON.parse(out.join(""));
    const expected = appraise(appraisalSchema.parse(JSON.parse(exampleText)), { iterations: 2000 });
    expect(json.options.map((o: { npv: number }) => o.npv)).toEqual(
      expected.options.map((o) => o.npv),
    );
    expect(json.options[2].monteCarlo.p50).toBe(expected.options[2]!.monteCarlo.p50);
  });

  it("gives the same JSON with 2 worker threads as with 1", async () => {
    const one = fakeIo();
    const two = fakeIo();
    await run({ json: true }, one.io);
    await run({ json: true, workers: "2" }, two.io);
    expect(two.out.join("")).toBe(one.out.join(""));
  });

  it("writes an auditable workbook and a self-contained HTML report", async () => {
    const { io, written } = fakeIo();
    await run({ xlsx: "out.xlsx", html: "out.html" }, io);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((written["out.xlsx"] as Uint8Array).buffer as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Summary",
      "Cash flows",
      "Assumptions",
      "Monte Carlo",
      "Sensitivity",
    ]);
    // Net = savings − costs − VAT − loan − staff and DF(1) = DF(0)/(1 + r_1) are formulas to audit.
    expect(book.getWorksheet("Cash flows")!.getCell("G4").formula).toBe("B4-C4-D4-E4-F4");
    expect(book.getWorksheet("Assumptions")!.getCell("C14").formula).toBe("C13/(1+B14)");
    const html = written["out.html"] as string;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html.match(/<svg/g)!.length).toBeGreaterThanOrEqual(6);
    expect(html).not.toMatch(/<script|src="http/);
  });

  it("names the path and problem for an invalid file, listing all problems on stderr", async () => {
    const doc = JSON.parse(exampleText);
    doc.options[1].lines[0].probability = 2;
    doc.options[2].lines[0].startYear = 99;
    const { io, err } = fakeIo({ "bad.json": JSON.stringify(doc) });
    await expect(run({}, io, "bad.json")).rejects.toThrow(
      new UsageError(
        "bad.json: $.options[1].lines[0].probability: must be between 0 and 1 (and 1 more)",
      ),
    );
    expect(err.join("\n")).toContain(
      "$.options[2].lines[0].startYear: 99 is beyond the horizon (10)",
    );
  });

  it("says when a file is not a partnerscope-appraisal/v1 document, or not JSON", async () => {
    const { io } = fakeIo({ "x.json": '{"format":"partnerscope/v1"}', "y.json": "{oops" });
    await expect(run({}, io, "x.json")).rejects.toThrow(
      'x.json: not a partnerscope-appraisal/v1 file (format is "partnerscope/v1")',
    );
    await expect(run({}, io, "y.json")).rejects.toThrow(/^y\.json: not valid JSON/);
    await expect(run({}, io, "missing.json")).rejects.toThrow(
      "missing.json: cannot read the file (ENOENT)",
    );
  });

  it("exits 2 with one line through the CLI runner", async () => {
    registerCommands(appraiseCommand);
    const { io, err } = fakeIo({ "x.json": "[]" });
    expect(await runCli(["appraise", "x.json"], io)).toBe(2);
    expect(err).toEqual([
      "partnerscope appraise: x.json: not a partnerscope-appraisal/v1 file (format is missing)",
    ]);
    expect(await runCli(["appraise", EXAMPLE, "--workers", "0"], fakeIo().io)).toBe(2);
  });
});
