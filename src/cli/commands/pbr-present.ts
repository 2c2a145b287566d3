import type { PbrAnalysis } from "../../engine/pbr/pbr-analysis.ts";

const money = (x: number) => Math.round(x * 100) / 100;
const count = (x: number) => Math.round(x * 1e4) / 1e4;
const ratio = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);

function providersJson(analysis: PbrAnalysis, withCurves: boolean) {
  const spread = new Map(analysis.monteCarlo?.providers.map((p) => [p.id, p]) ?? []);
  return analysis.model.providers.map((p, i) => ({
    id: p.id,
    tier: p.tier,
    revenue: money(p.revenue),
    costs: money(p.costs),
    net: money(p.net),
    npv: money(p.npv),
    peakFunding: money(p.peakFunding),
    cashPositiveWeek: p.cashPositiveWeek,
    breakEvenPerformance: ratio(analysis.breakEven[i]!),
    sensitivity: {
      minus1pp: money(analysis.sensitivity[i]!.minus1pp),
      plus1pp: money(analysis.sensitivity[i]!.plus1pp),
    },
    ...(spread.has(p.id) ? { spread: roundSpread(spread.get(p.id)!) } : {}),
    ...(withCurves ? { cashCurve: Array.from(p.cashCurve, money) } : {}),
  }));
}

function riskJson(risk: PbrAnalysis["riskTransfer"]) {
  const part = (r: { loss: number; share: number | null }) => ({
    loss: money(r.loss),
    share: ratio(r.share),
  });
  return {
    shortfall: risk.shortfall,
    totalLoss: money(risk.totalLoss),
    commissionerSaving: money(risk.commissionerSaving),
    prime: part(risk.prime),
    tier1: part(risk.tier1),
    tier2: part(risk.tier2),
    commissioner: part(risk.commissioner),
  };
}

/** The `pbr --json` document: providers, groups, commissioner, risk transfer, assumptions. */
export function presentPbrJson(analysis: PbrAnalysis, withCurves = false): Record<string, unknown> {
  const { model, monteCarlo } = analysis;
  const perOutcome = model.commissioner.costPerJobOutcome;
  return {
    providers: providersJson(analysis, withCurves),
    groups: model.groups.map((g) => ({
      id: g.id,
      referrals: count(g.referrals),
      starts: count(g.starts),
      jobOutcomes: count(g.jobOutcomes),
      sustainmentPayments: count(g.sustainmentPayments),
      jobOutcomesPerReferral: ratio(g.jobOutcomesPerReferral),
    })),
    commissioner: {
      paid: money(model.commissioner.paid),
      costPerJobOutcome: perOutcome === null ? null : money(perOutcome),
    },
    riskTransfer: riskJson(analysis.riskTransfer),
    ...(monteCarlo ? { monteCarlo: { runs: monteCarlo.runs, seed: monteCarlo.seed } } : {}),
    assumptions: analysis.assumptions,
  };
}

function roundSpread(p: NonNullable<PbrAnalysis["monteCarlo"]>["providers"][number]) {
  const r = (s: typeof p.npv) => ({
    mean: money(s.mean),
    p10: money(s.p10),
    p50: money(s.p50),
    p90: money(s.p90),
  });
  return { npv: r(p.npv), peakFunding: r(p.peakFunding) };
}

/** Lays out rows as a plain-text table with right-aligned numbers. */
export function textTable(header: string[], rows: (string | number | null)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (c === null ? "—" : String(c))))];
  const widths = header.map((_, j) => Math.max(...cells.map((r) => r[j]!.length)));
  return cells
    .map((r) =>
      r.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join("  "),
    )
    .join("\n");
}

const gbp = (x: number) => Math.round(x).toLocaleString("en-GB");

const PROVIDER_HEADER = ["provider", "tier", "revenue", "costs", "NPV", "peak funding"];
const MORE_HEADER = ["cash+ week", "break-even ×", "NPV −1pp", "NPV +1pp"];

function providerTable(analysis: PbrAnalysis): string {
  return textTable(
    [...PROVIDER_HEADER, ...MORE_HEADER],
    analysis.model.providers.map((p, i) => [
      p.id,
      p.tier,
      gbp(p.revenue),
      gbp(p.costs),
      gbp(p.npv),
      gbp(p.peakFunding),
      p.cashPositiveWeek,
      analysis.breakEven[i]?.toFixed(3) ?? null,
      gbp(analysis.sensitivity[i]!.minus1pp),
      gbp(analysis.sensitivity[i]!.plus1pp),
    ]),
  );
}

function groupTable(analysis: PbrAnalysis): string {
  return textTable(
    ["group", "referrals", "starts", "job outcomes", "sustainment", "outcomes/referral"],
    analysis.model.groups.map((g) => [
      g.id,
      g.referrals.toFixed(1),
      g.starts.toFixed(1),
      g.jobOutcomes.toFixed(1),
      g.sustainmentPayments.toFixed(1),
      g.jobOutcomesPerReferral?.toFixed(3) ?? null,
    ]),
  );
}

function summaryLines(analysis: PbrAnalysis): string[] {
  const { commissioner: c } = analysis.model;
  const risk = analysis.riskTransfer;
  const share = (s: number | null) => (s === null ? "—" : `${(s * 100).toFixed(1)}%`);
  const perOutcome = c.costPerJobOutcome === null ? "—" : gbp(c.costPerJobOutcome);
  return [
    `Commissioner pays ${gbp(c.paid)}; cost per job outcome ${perOutcome}`,
    `Risk transfer at ${risk.shortfall * 100}% job starts: prime ${share(risk.prime.share)}, ` +
      `tier 1 ${share(risk.tier1.share)}, tier 2 ${share(risk.tier2.share)}, ` +
      `commissioner ${share(risk.commissioner.share)} of a ${gbp(risk.totalLoss)} loss`,
  ];
}

/** The readable report of `pbr` without --json. */
export function presentPbrTable(analysis: PbrAnalysis): string {
  const lines = [providerTable(analysis), "", groupTable(analysis), "", ...summaryLines(analysis)];
  if (analysis.monteCarlo) lines.push("", spreadTable(analysis));
  lines.push("", "Assumptions:", ...analysis.assumptions.map((a) => `- ${a}`));
  return lines.join("\n");
}

function spreadTable(analysis: PbrAnalysis): string {
  const mc = analysis.monteCarlo!;
  return `Monte Carlo (${mc.runs} runs, seed ${mc.seed})\n${textTable(
    ["provider", "NPV P10", "NPV P50", "NPV P90", "peak P50", "peak P90"],
    mc.providers.map((p) => [
      p.id,
      gbp(p.npv.p10),
      gbp(p.npv.p50),
      gbp(p.npv.p90),
      gbp(p.peakFunding.p50),
      gbp(p.peakFunding.p90),
    ]),
  )}`;
}
