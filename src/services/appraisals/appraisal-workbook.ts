import ExcelJS from "exceljs";
import type { AppraisalResult, OptionAppraisal } from "../../engine/appraisal/appraise.ts";
import type { AppraisalDocument } from "../../shared/appraisal.ts";
import { discountFactorCell, fillAssumptions } from "./workbook-assumptions.ts";

/** Writes one option's cash flows with formulas for net, discounting and NPV; returns NPV's cell. */
function cashFlowBlock(
  sheet: ExcelJS.Worksheet,
  o: OptionAppraisal,
  from: number,
): { npvCell: string; next: number } {
  sheet.getRow(from).values = [`${o.name} (${o.id})`];
  sheet.getRow(from).font = { bold: true };
  sheet.getRow(from + 1).values = [
    "Year",
    "Savings",
    "Costs",
    "VAT",
    "Loan re-pricing",
    "Staff and pensions",
    "Net",
    "Discount factor",
    "Discounted net",
    "Cumulative",
  ];
  const first = from + 2;
  let cumulative = 0;
  o.cashFlows.forEach((c, t) => {
    cumulative += c.net * c.discountFactor;
    const r = first + t;
    sheet.getRow(r).values = [
      c.year,
      c.savings,
      c.costs,
      c.vat,
      c.loan,
      c.staff,
      { formula: `B${r}-C${r}-D${r}-E${r}-F${r}`, result: c.net },
      { formula: discountFactorCell(t), result: c.discountFactor },
      { formula: `G${r}*H${r}`, result: c.net * c.discountFactor },
      { formula: t === 0 ? `I${r}` : `J${r - 1}+I${r}`, result: cumulative },
    ];
  });
  const last = first + o.cashFlows.length - 1;
  const npvRow = last + 1;
  sheet.getRow(npvRow).values = [
    "NPV",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    { formula: `SUM(I${first}:I${last})`, result: o.npv },
  ];
  sheet.getRow(npvRow).font = { bold: true };
  return { npvCell: `'Cash flows'!I${npvRow}`, next: npvRow + 2 };
}

function summary(sheet: ExcelJS.Worksheet, result: AppraisalResult, npvCells: string[]): void {
  sheet.addRow([result.title]).font = { bold: true, size: 14 };
  sheet.addRow([
    `Amounts in ${result.currency}. Costs, VAT, loan re-pricing and staff and pension barriers are positive and subtracted in net.`,
  ]);
  sheet.addRow([
    "Option",
    "Stage",
    "NPV",
    "PV savings",
    "PV costs",
    "PV VAT",
    "PV loan",
    "PV staff and pensions",
    "Payback year",
    "Savings switching factor",
    "MC mean",
    "P10",
    "P50",
    "P90",
    "P(NPV > 0)",
    "MCDA score",
    "Rank",
  ]).font = { bold: true };
  result.options.forEach((o, i) => {
    sheet.addRow([
      o.name,
      o.stage,
      { formula: npvCells[i]!, result: o.npv },
      o.pv.savings,
      o.pv.costs,
      o.pv.vat,
      o.pv.loan,
      o.pv.staff,
      o.paybackYear,
      o.savingsSwitchingFactor,
      o.monteCarlo.mean,
      o.monteCarlo.p10,
      o.monteCarlo.p50,
      o.monteCarlo.p90,
      o.monteCarlo.probPositive,
      o.mcda.score,
      o.mcda.rank,
    ]);
  });
  sheet.addRow([]);
  sheet.addRow(["Criterion", "Weight", "Switching weight", "New top option"]).font = { bold: true };
  for (const c of result.criteria) sheet.addRow([c.id, c.weight, c.switchingWeight, c.switchesTo]);
  sheet.addRow([]);
  sheet.addRow(["Flags"]).font = { bold: true };
  for (const o of result.options) for (const f of o.flags) sheet.addRow([o.id, f.message]);
  sheet.getColumn(1).width = 40;
}

function monteCarlo(sheet: ExcelJS.Worksheet, result: AppraisalResult): void {
  sheet.addRow([
    `Monte Carlo: ${result.monteCarlo.iterations} iterations, seed ${result.monteCarlo.seed}`,
  ]).font = { bold: true };
  sheet.addRow(["Option", "Mean", "SD", "Standard error", "P10", "P50", "P90", "P(NPV > 0)"]).font =
    { bold: true };
  for (const o of result.options) {
    const m = o.monteCarlo;
    sheet.addRow([o.id, m.mean, m.sd, m.standardError, m.p10, m.p50, m.p90, m.probPositive]);
  }
  sheet.addRow([]);
  sheet.addRow(["Option", "Bin from", "Bin to", "Count"]).font = { bold: true };
  for (const o of result.options)
    for (const b of o.monteCarlo.histogram) sheet.addRow([o.id, b.from, b.to, b.count]);
}

function sensitivity(sheet: ExcelJS.Worksheet, result: AppraisalResult): void {
  sheet.addRow([
    "Option",
    "Line",
    "Kind",
    "Low",
    "High",
    "NPV at low",
    "NPV at high",
    "Swing",
  ]).font = { bold: true };
  for (const o of result.options)
    for (const b of o.tornado)
      sheet.addRow([o.id, b.lineId, b.kind, b.low, b.high, b.npvAtLow, b.npvAtHigh, b.swing]);
}

/**
 * An auditable workbook: Summary (NPV linked to the cash flows), Cash flows (net, discount factor,
 * discounted net and NPV as formulas), Assumptions (every input, DF formulas), Monte Carlo, Sensitivity.
 */
export async function appraisalWorkbook(
  doc: AppraisalDocument,
  result: AppraisalResult,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "partnerscope";
  const summarySheet = book.addWorksheet("Summary");
  const flows = book.addWorksheet("Cash flows");
  fillAssumptions(book.addWorksheet("Assumptions"), doc, result);
  let row = 1;
  const npvCells = result.options.map((o) => {
    const block = cashFlowBlock(flows, o, row);
    row = block.next;
    return block.npvCell;
  });
  summary(summarySheet, result, npvCells);
  monteCarlo(book.addWorksheet("Monte Carlo"), result);
  sensitivity(book.addWorksheet("Sensitivity"), result);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
