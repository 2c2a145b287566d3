import { csvTextOf } from "../../shared/csv-text.ts";
import type { ServiceContext } from "../context.ts";
import { type SupplyChainAnalysis, supplyChainAnalysis } from "./supply-chain-analysis.ts";

/** A file to download: its name, content type and text. */
export interface SupplyChainExport {
  filename: string;
  contentType: string;
  body: string;
}

/** The formats a supply chain's analysis exports to. */
export const SUPPLY_CHAIN_EXPORTS = ["json", "providers.csv", "cash-curves.csv"] as const;
export type SupplyChainExportFormat = (typeof SUPPLY_CHAIN_EXPORTS)[number];

/** The provider table as CSV rows (header first). */
export function providerTableCsv(a: SupplyChainAnalysis): string {
  const header = [
    "provider",
    "name",
    "tier",
    "performance",
    "revenue",
    "costs",
    "net",
    "npv",
    "peak_funding",
    "cash_positive_week",
    "break_even_performance",
    "npv_change_minus_1pp",
    "npv_change_plus_1pp",
  ];
  const rows = a.providers.map((p) => [
    p.id,
    p.name,
    p.tier,
    p.performance,
    p.revenue,
    p.costs,
    p.net,
    p.npv,
    p.peakFunding,
    p.cashPositiveWeek,
    p.breakEvenPerformance,
    p.sensitivity.minus1pp,
    p.sensitivity.plus1pp,
  ]);
  return csvTextOf(header, rows);
}

/** Cumulative cash per provider by week as CSV (one column per provider). */
export function cashCurvesCsv(a: SupplyChainAnalysis): string {
  const weeks = Math.max(0, ...a.providers.map((p) => p.cashCurve.length));
  const rows = Array.from({ length: weeks }, (_, w) => [
    w,
    ...a.providers.map((p) => p.cashCurve[w] ?? ""),
  ]);
  return csvTextOf(["week", ...a.providers.map((p) => p.id)], rows);
}

/** The analysis of a supply chain as JSON (with its assumptions) or one of its CSV tables. */
export async function supplyChainExport(
  ctx: ServiceContext,
  slug: string,
  id: string,
  format: SupplyChainExportFormat,
): Promise<SupplyChainExport> {
  const analysis = await supplyChainAnalysis(ctx, slug, id);
  if (format === "json")
    return {
      filename: `${id}-analysis.json`,
      contentType: "application/json",
      body: `${JSON.stringify(analysis, null, 2)}\n`,
    };
  const body = format === "providers.csv" ? providerTableCsv(analysis) : cashCurvesCsv(analysis);
  return { filename: `${id}-${format}`, contentType: "text/csv; charset=utf-8", body };
}
