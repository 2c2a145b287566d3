import type { Worksheet } from "exceljs";
import type { AppraisalResult } from "../../engine/appraisal/appraise.ts";
import { greenBookRate } from "../../engine/appraisal/discount.ts";
import { dayWeightedVatRate, yearStartDate } from "../../engine/appraisal/vat.ts";
import type { AppraisalDocument, AppraisalLine, StaffBarrier } from "../../shared/appraisal.ts";

/** Where the discount factor of year t lives on the Assumptions sheet, for formulas elsewhere. */
export function discountFactorCell(t: number): string {
  return `Assumptions!$C$${YEAR_TABLE_ROW + 1 + t}`;
}

const YEAR_TABLE_ROW = 12;

function settings(sheet: Worksheet, doc: AppraisalDocument): void {
  const discount = "rate" in doc.discount ? `constant ${doc.discount.rate}` : "Green Book schedule";
  const rows: [string, string | number][] = [
    ["Title", doc.title],
    ["Currency", doc.currency],
    ["Base date (year 0 starts)", doc.baseDate],
    ["Horizon (years)", doc.horizonYears],
    ["Discounting", discount],
    ["Optimism bias on costs", doc.optimismBias.costs],
    ["Optimism bias on savings", doc.optimismBias.benefits],
    ["Monte Carlo iterations", doc.monteCarlo.iterations],
    ["Monte Carlo seed", doc.monteCarlo.seed],
  ];
  rows.forEach(([label, value], i) => {
    sheet.getCell(i + 1, 1).value = label;
    sheet.getCell(i + 1, 2).value = value;
  });
}

function yearTable(sheet: Worksheet, doc: AppraisalDocument): void {
  const head = [
    "Year",
    "Discount rate",
    "Discount factor",
    "Year starts",
    "VAT rate (mean of the year's days)",
  ];
  sheet.getRow(YEAR_TABLE_ROW).values = head;
  sheet.getRow(YEAR_TABLE_ROW).font = { bold: true };
  for (let t = 0; t <= doc.horizonYears; t++) {
    const r = YEAR_TABLE_ROW + 1 + t;
    const rate = "rate" in doc.discount ? doc.discount.rate : greenBookRate(t);
    const start = yearStartDate(doc.baseDate, t);
    // DF(t) = DF(t−1) / (1 + r_t): the Green Book product, written as a formula to audit.
    const df = t === 0 ? 1 : { formula: `C${r - 1}/(1+B${r})` };
    const vatRate = dayWeightedVatRate(start, yearStartDate(doc.baseDate, t + 1));
    sheet.getRow(r).values = [t, t === 0 ? 0 : rate, df, start, vatRate];
  }
}

function lineCells(line: AppraisalLine): (string | number | null)[] {
  const base = line.kind === "one_off_cost" ? line.amount : line.annual;
  const start = line.kind === "one_off_cost" ? line.year : line.startYear;
  const saving = line.kind === "saving" ? line : null;
  const end = line.kind === "one_off_cost" ? line.year : (line.endYear ?? null);
  return [
    line.id,
    line.kind,
    saving?.source ?? null,
    saving?.difficulty ?? null,
    base,
    start,
    saving?.rampYears ?? null,
    end,
    saving?.probability ?? 1,
    line.range?.low ?? null,
    line.range?.high ?? null,
  ];
}

function staffCells(option: string, b: StaffBarrier): (string | number | boolean | null)[] {
  // Columns as the line table: option, id, kind, (source), (difficulty), base amount, start, …, end.
  if (b.kind === "tupe_transfer")
    return [option, b.id, b.kind, `${b.staff} staff`, null, b.staff * b.costPerPerson, b.year];
  if (b.kind === "terms_harmonisation")
    return [
      option,
      b.id,
      b.kind,
      `${b.staff} staff`,
      null,
      b.staff * b.annualPerPerson,
      b.startYear,
      null,
      b.endYear ?? null,
    ];
  const how = b.avoided ? "avoided" : `spread over ${b.spreadYears ?? 1} years`;
  return [option, b.id, b.kind, how, null, b.amount, b.year];
}

function lineTable(sheet: Worksheet, doc: AppraisalDocument, from: number): number {
  const head = [
    "Option",
    "Line",
    "Kind",
    "Source",
    "Difficulty",
    "Base amount",
    "Start year",
    "Ramp years",
    "End year",
    "Probability",
    "Low",
    "High",
  ];
  sheet.getRow(from).values = head;
  sheet.getRow(from).font = { bold: true };
  let r = from + 1;
  for (const option of doc.options) {
    for (const line of option.lines) sheet.getRow(r++).values = [option.id, ...lineCells(line)];
    if (option.vat)
      sheet.getRow(r++).values = [
        option.id,
        "VAT",
        option.vat.regime,
        null,
        null,
        option.vat.chargedServicesPerYear,
      ];
    const loan = option.loanRepricing;
    if (loan)
      sheet.getRow(r++).values = [
        option.id,
        "Loan re-pricing",
        loan.avoided ? "avoided" : "re-priced",
        `+${loan.rateIncrease}`,
        null,
        loan.debt,
        loan.fromYear,
      ];
    for (const b of option.staffBarriers ?? []) sheet.getRow(r++).values = staffCells(option.id, b);
  }
  return r;
}

/** Fills the Assumptions sheet: every input, the year table with DF formulas, and the assumptions. */
export function fillAssumptions(
  sheet: Worksheet,
  doc: AppraisalDocument,
  result: AppraisalResult,
): void {
  settings(sheet, doc);
  yearTable(sheet, doc);
  const after = lineTable(sheet, doc, YEAR_TABLE_ROW + doc.horizonYears + 4);
  sheet.getCell(after + 1, 1).value = "Assumptions";
  sheet.getCell(after + 1, 1).font = { bold: true };
  result.assumptions.forEach((a, i) => {
    sheet.getCell(after + 2 + i, 1).value = a;
  });
  sheet.getColumn(1).width = 28;
}
