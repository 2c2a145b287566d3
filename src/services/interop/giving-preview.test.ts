import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { referenceProblemsOf } from "../../engine/exchange/index.ts";
import { describeValidationError } from "../../engine/interop/validation-report.ts";
import { reportLineOf } from "../../shared/import-report.ts";
import { exchangeSchema } from "../../shared/index.ts";
import { preview360GivingImport } from "./giving-preview.ts";

const data = (name: string) =>
  new URL(`../../../test/fixtures/360giving/grantnav-test-data/${name}`, import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), "giving-preview-"));

describe("preview360GivingImport on GrantNav's test data", () => {
  it.each([
    ["grantnav-20180903134856.json", 5],
    ["awefw001p00000zgyHZAAY.json", 154],
    ["a002400000nO46WAAS.json", 870],
  ])("%s is valid and maps %i grants to grant-paid contracts", async (name, grants) => {
    const { report, counts, document } = await preview360GivingImport(data(name));
    expect(report).toMatchObject({ valid: true, errors: [] });
    expect(counts).toMatchObject({ grants, invalid: 0, contracts: grants });
    expect(document.contracts.every((c) => c.paymentMechanism === "grant")).toBe(true);
    expect(exchangeSchema.parse(document)).toEqual(document);
    expect(referenceProblemsOf(document)).toEqual([]);
  });

  it("groups the Lloyds Bank Foundation file's errors by rule, counting grants", async () => {
    const progress: number[] = [];
    const { report, counts, document, provenance } = await preview360GivingImport(
      data("a002400000OiDBQAA3.json"),
      (read) => progress.push(read),
    );
    const lines = report.errors.map((e) => describeValidationError(e, "grant"));
    // 5 grants lack a description (test/fixtures/360giving/README.md): Ajv's two oneOf branches each report them.
    expect(lines).toEqual([
      'fromOpenCall must be "Yes" or "No" — 4,116 grants',
      "recipientOrganization[].url must be a valid uri — 2,002 grants",
      "description is required — 5 grants",
    ]);
    // The report's line names the value given and the total (issue 16 point 13).
    expect(reportLineOf(report.errors[0]!, report.records, "grant")).toBe(
      '4,116 of 4,116 grants: fromOpenCall is "Y" or "N"; must be "Yes" or "No"',
    );
    expect(report.errors[0]!.examples[0]).toMatch(
      /^grants\[0\] \(360G-LBFEW-[^)]+\)\.fromOpenCall: "Y"$/,
    );
    expect(counts).toMatchObject({ grants: 4116, invalid: 4116, imported: 4116 });
    const funder = document.organisations.find((o) => o.id === "GB-CHC-327114");
    expect(funder).toMatchObject({ sector: "third", kind: "charity" });
    expect(document.contracts[0]!.commissioner).toBe("GB-CHC-327114");
    expect(provenance.contracts[document.contracts[0]!.id]![0]!.grantId).toBe(
      document.contracts[0]!.id,
    );
    expect(progress.at(-1)).toBe(3568548);
  });

  it("imports only valid grants, or nothing, when asked", async () => {
    const valid = await preview360GivingImport(data("a002400000OiDBQAA3.json"), undefined, {
      onInvalid: "import-valid",
    });
    expect(valid.document.contracts).toHaveLength(0);
    const stop = await preview360GivingImport(data("grantnav-20180903134856.json"), undefined, {
      onInvalid: "stop",
    });
    expect(stop.document.contracts).toHaveLength(5);
  });

  it("turns regrant types into partnerships", async () => {
    const { document } = await preview360GivingImport(data("awefw001p00000zgyHZAAY.json"));
    const forms = document.partnerships.map((p) => p.form);
    expect(forms).toContain("values_led_partnership"); // FRG030 match funding
    expect(forms).toContain("other"); // FRG010 common regrant, FRG020 intermediary
    const pooled = document.partnerships.find((p) => p.form === "values_led_partnership")!;
    expect(pooled.members[0]!.role).toBe("lead");
    expect(document.contracts.find((c) => c.partnership === pooled.id)?.paymentMechanism).toBe(
      "grant",
    );
  });
});

const HEADERS = [
  "Identifier",
  "Title",
  "Description",
  "Currency",
  "Amount Awarded",
  "Award Date",
  "Recipient Org:Identifier",
  "Recipient Org:Name",
  "Funding Org:Identifier",
  "Funding Org:Name",
  "From An Open Call?",
];
const ROWS = [
  [
    "360G-test-1",
    "Youth work",
    "A grant",
    "GBP",
    "1,000",
    "2024-01-15",
    "GB-CHC-1000001",
    "Youth Trust",
    "GB-CHC-327114",
    "Lloyds Bank Foundation",
    "Y",
  ],
  [
    "360G-test-2",
    "Advice",
    "Another",
    "GBP",
    "2500",
    "2024-02-01",
    "gb-coh-1234567",
    "Advice CIC",
    "GB-CHC-327114",
    "Lloyds Bank Foundation",
    "Yes",
  ],
];

describe("preview360GivingImport on spreadsheets", () => {
  it("reads CSV with the standard's column titles", async () => {
    const csv = [HEADERS, ...ROWS].map((r) => r.map((c) => `"${c}"`).join(",")).join("\r\n");
    const path = join(tmp, "grants.csv");
    writeFileSync(path, `\ufeff${csv}`);
    const { report, document } = await preview360GivingImport(path);
    expect(report.errors).toEqual([
      {
        rule: "enum:fromOpenCall",
        message: 'fromOpenCall must be "Yes" or "No"',
        count: 1,
        examples: ['row 2 (360G-test-1).fromOpenCall: "Y"'],
        values: ['"Y"'],
      },
    ]);
    expect(document.contracts.map((c) => [c.id, c.value, c.providers[0]!.organisation])).toEqual([
      ["360G-test-1", 1000, "GB-CHC-1000001"],
      ["360G-test-2", 2500, "GB-COH-01234567"],
    ]);
    expect(document.organisations.find((o) => o.id === "GB-COH-01234567")).toMatchObject({
      sector: "third",
      kind: "social_enterprise",
    });
  });

  it("reads XLSX with the standard's column titles", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("grants");
    sheet.addRow(HEADERS);
    for (const r of ROWS)
      sheet.addRow(
        r.map((c, i) =>
          i === 4 ? Number(c.replace(",", "")) : i === 5 ? new Date(`${c}T00:00:00Z`) : c,
        ),
      );
    const path = join(tmp, "grants.xlsx");
    await workbook.xlsx.writeFile(path);
    const { report, document, provenance } = await preview360GivingImport(path);
    expect(report.errors.map((e) => e.rule)).toEqual(["enum:fromOpenCall"]);
    expect(document.contracts.map((c) => [c.value, c.start])).toEqual([
      [1000, "2024-01-15"],
      [2500, "2024-02-01"],
    ]);
    expect(provenance.contracts["360G-test-2"]![0]).toMatchObject({
      row: 3,
      sourceFile: "grants.xlsx",
    });
  });

  it("rejects a CSV that is not UTF-8", async () => {
    const path = join(tmp, "latin1.csv");
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from("Identifier,Title\n360G-1,Caf"),
        Buffer.from([0xe9]),
        Buffer.from("\n"),
      ]),
    );
    await expect(preview360GivingImport(path)).rejects.toThrow(
      "not valid UTF-8: byte 0xe9 at offset 27 (line 2)",
    );
  });
});
