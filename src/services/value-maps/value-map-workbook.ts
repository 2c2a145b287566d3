import ExcelJS from "exceljs";
import type { ValueMapDocument } from "../../shared/value-map.ts";
import type { ValueMapResult } from "../../shared/value-map-results.ts";

const OUTCOME_COLUMNS = [
  "Id",
  "Stakeholder",
  "Outcome",
  "Indicator",
  "Set by",
  "Quantity",
  "Financial proxy",
  "Proxy source",
  "Confidence (1–5)",
  "Deadweight",
  "Displacement",
  "Attribution",
  "Drop-off",
  "Start year",
  "Duration (years)",
  "Perspectives",
  "Quantity low",
  "Quantity high",
  "Proxy low",
  "Proxy high",
] as const;

function header(sheet: ExcelJS.Worksheet, values: readonly string[]): void {
  sheet.addRow([...values]).font = { bold: true };
}

function inputsSheet(sheet: ExcelJS.Worksheet, doc: ValueMapDocument, df: readonly number[]): void {
  header(sheet, [
    "Id",
    "Stakeholder",
    "Description",
    "Amount",
    "Year",
    "Perspectives",
    "Discount factor",
    "Present value",
  ]);
  doc.inputs.forEach((i, k) => {
    const r = k + 2;
    sheet.addRow([
      i.id,
      i.stakeholder,
      i.description,
      i.amount,
      i.year,
      i.perspectives.join(", "),
      df[i.year]!,
      { formula: `D${r}*G${r}`, result: i.amount * df[i.year]! },
    ]);
  });
}

function outcomesSheet(sheet: ExcelJS.Worksheet, doc: ValueMapDocument): void {
  header(sheet, OUTCOME_COLUMNS);
  for (const o of doc.outcomes)
    sheet.addRow([
      o.id,
      o.stakeholder,
      o.outcome,
      o.indicator,
      o.setBy,
      o.quantity,
      o.proxy.value,
      o.proxy.source,
      o.proxy.confidence ?? null,
      o.deadweight,
      o.displacement,
      o.attribution,
      o.dropOff,
      o.startYear,
      o.durationYears,
      o.perspectives.join(", "),
      o.range?.quantity?.low ?? null,
      o.range?.quantity?.high ?? null,
      o.range?.proxy?.low ?? null,
      o.range?.proxy?.high ?? null,
    ]);
}

/** Impact = quantity × proxy × (1 − deadweight)(1 − displacement)(1 − attribution), as a live formula on Outcomes. */
function impactSheet(
  sheet: ExcelJS.Worksheet,
  doc: ValueMapDocument,
  result: ValueMapResult,
): void {
  header(sheet, ["Id", "Stakeholder", "Impact (year of start)", "Present value"]);
  doc.outcomes.forEach((o, k) => {
    const r = k + 2;
    const formula = `Outcomes!F${r}*Outcomes!G${r}*(1-Outcomes!J${r})*(1-Outcomes!K${r})*(1-Outcomes!L${r})`;
    const p = result.outcomes[k]!;
    sheet.addRow([o.id, o.stakeholder, { formula, result: p.impact }, p.presentValue]);
  });
}

function projectionSheet(
  sheet: ExcelJS.Worksheet,
  result: ValueMapResult,
  df: readonly number[],
): void {
  const horizon = df.length - 1;
  header(sheet, [
    "Outcome",
    ...Array.from({ length: horizon + 1 }, (_, t) => `Year ${t}`),
    "Present value",
  ]);
  sheet.addRow(["Discount factor", ...df]).font = { italic: true };
  for (const p of result.outcomes) {
    const cells: (number | null)[] = Array.from({ length: horizon + 1 }, () => null);
    p.values.forEach((v, k) => {
      cells[p.startYear + k] = v;
    });
    sheet.addRow([p.id, ...cells, p.presentValue]);
  }
}

function summarySheet(
  sheet: ExcelJS.Worksheet,
  doc: ValueMapDocument,
  result: ValueMapResult,
): void {
  sheet.addRow([doc.title]).font = { bold: true, size: 14 };
  sheet.addRow([`Amounts in ${doc.currency}, present values at ${doc.baseDate}.`]);
  header(sheet, [
    "Perspective",
    "PV benefits",
    "PV inputs",
    "NPV",
    "Ratio",
    "Net ratio",
    "MC P10",
    "MC P50",
    "MC P90",
  ]);
  result.perspectives.forEach((p, k) => {
    const r = k + 4;
    const name = doc.perspectives[k]?.name ?? p.id;
    sheet.addRow([
      name,
      p.pvBenefits,
      p.pvInputs,
      { formula: `B${r}-C${r}`, result: p.npv },
      p.ratio,
      p.netRatio,
      p.monteCarlo?.p10 ?? null,
      p.monteCarlo?.p50 ?? null,
      p.monteCarlo?.p90 ?? null,
    ]);
  });
  if (result.flags.length > 0) sheet.addRow(["Flags"]).font = { bold: true };
  for (const f of result.flags) sheet.addRow([f.path, f.message]);
}

function sensitivitySheet(sheet: ExcelJS.Worksheet, result: ValueMapResult): void {
  header(sheet, [
    "Perspective",
    "Outcome",
    "Parameter",
    "Base",
    "Low value",
    "Ratio at low",
    "High value",
    "Ratio at high",
    "Break-even proxy",
  ]);
  for (const p of result.perspectives)
    for (const s of p.sensitivity)
      sheet.addRow([
        p.id,
        s.outcome,
        s.parameter,
        s.base,
        s.low.value,
        s.low.ratio,
        s.high.value,
        s.high.ratio,
        s.parameter === "proxy" ? (p.breakEvenProxy[s.outcome] ?? null) : null,
      ]);
}

/**
 * A value map workbook in the SROI guide's layout: Summary, Inputs, Outcomes (every column), Impact
 * (live formulas on Outcomes), Projection by year (with discount factors) and Sensitivity.
 */
export async function valueMapWorkbook(
  doc: ValueMapDocument,
  result: ValueMapResult,
): Promise<Uint8Array> {
  const df = result.discountFactors;
  const book = new ExcelJS.Workbook();
  book.creator = "partnerscope";
  summarySheet(book.addWorksheet("Summary"), doc, result);
  inputsSheet(book.addWorksheet("Inputs"), doc, df);
  outcomesSheet(book.addWorksheet("Outcomes"), doc);
  impactSheet(book.addWorksheet("Impact"), doc, result);
  projectionSheet(book.addWorksheet("Projection"), result, df);
  sensitivitySheet(book.addWorksheet("Sensitivity"), result);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
