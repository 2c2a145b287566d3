import ExcelJS from "exceljs";
import type { ServiceContext } from "../context.ts";
import { type SupplyChainAnalysis, supplyChainAnalysis } from "./supply-chain-analysis.ts";

/** The provider table's columns: heading people read, and the value of each provider. */
const PROVIDER_COLUMNS: [string, (p: SupplyChainAnalysis["providers"][number]) => unknown][] = [
  ["Provider id", (p) => p.id],
  ["Provider", (p) => p.name],
  ["Tier", (p) => p.tier],
  ["Performance (share of referrals reaching a job outcome)", (p) => p.performance],
  ["Revenue (£)", (p) => p.revenue],
  ["Costs (£)", (p) => p.costs],
  ["Net (£)", (p) => p.net],
  ["NPV (£)", (p) => p.npv],
  ["Peak funding need (£)", (p) => p.peakFunding],
  ["First cash-positive week", (p) => p.cashPositiveWeek],
  ["Break-even performance", (p) => p.breakEvenPerformance],
  ["NPV change, performance 1 point lower (£)", (p) => p.sensitivity.minus1pp],
  ["NPV change, performance 1 point higher (£)", (p) => p.sensitivity.plus1pp],
];

/** A worksheet with a bold header row and the given rows (null and undefined as empty cells). */
function sheetOf(book: ExcelJS.Workbook, name: string, header: string[], rows: unknown[][]) {
  const sheet = book.addWorksheet(name);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => (v === null || v === undefined ? null : v)));
  for (let i = 1; i <= header.length; i++) sheet.getColumn(i).width = 18;
  return sheet;
}

/**
 * A supply chain's analysis as a workbook: Summary (the model and its assumptions), Providers
 * (money per provider, break-even, sensitivity) and Cash by week (each provider's cumulative cash).
 */
export async function supplyChainWorkbook(a: SupplyChainAnalysis): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "partnerscope";
  sheetOf(
    book,
    "Summary",
    ["Item", "Value"],
    [
      ["Supply chain", a.name],
      ["Start date", a.startDate],
      ["Horizon (weeks)", a.horizonWeeks],
      ["Providers", a.providers.length],
      ...a.assumptions.map((text, i) => [`Assumption ${i + 1}`, text]),
    ],
  ).getColumn(2).width = 100;
  sheetOf(
    book,
    "Providers",
    PROVIDER_COLUMNS.map(([heading]) => heading),
    a.providers.map((p) => PROVIDER_COLUMNS.map(([, value]) => value(p))),
  );
  const weeks = Math.max(0, ...a.providers.map((p) => p.cashCurve.length));
  sheetOf(
    book,
    "Cash by week",
    ["Week", ...a.providers.map((p) => `${p.name} (cumulative £)`)],
    Array.from({ length: weeks }, (_, w) => [w, ...a.providers.map((p) => p.cashCurve[w])]),
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The workbook of a stored supply chain's analysis, with its file name. */
export async function supplyChainXlsx(ctx: ServiceContext, slug: string, id: string) {
  const body = await supplyChainWorkbook(await supplyChainAnalysis(ctx, slug, id));
  return { filename: `${id}-analysis.xlsx`, body };
}
