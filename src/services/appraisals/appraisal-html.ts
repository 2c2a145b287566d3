import type { AppraisalResult, OptionAppraisal } from "../../engine/appraisal/appraise.ts";
import { cashFlowChart, escapeHtml, histogramChart, tornadoChart } from "./svg-charts.ts";

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#222;padding:0 1rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}
th:first-child,td:first-child{text-align:left}h2{page-break-before:always}h2:first-of-type{page-break-before:auto}
.flag{background:#fff3e0;border-left:4px solid #ef6c00;padding:.25rem .5rem;margin:.25rem 0}
@media print{body{margin:0}svg{max-width:100%}}`;

const money = (v: number) => Math.round(v).toLocaleString("en-GB");
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const maybe = (v: number | null, f: (x: number) => string) => (v === null ? "—" : f(v));

function row(cells: readonly string[], tag = "td"): string {
  return `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join("")}</tr>`;
}

function summaryTable(result: AppraisalResult): string {
  const head = row(
    [
      "Option",
      "Stage",
      "NPV",
      "P10",
      "P50",
      "P90",
      "P(NPV > 0)",
      "Payback",
      "Savings switching",
      "Score",
      "Rank",
    ],
    "th",
  );
  const rows = result.options.map((o) =>
    row([
      escapeHtml(o.name),
      String(o.stage),
      money(o.npv),
      money(o.monteCarlo.p10),
      money(o.monteCarlo.p50),
      money(o.monteCarlo.p90),
      pct(o.monteCarlo.probPositive),
      maybe(o.paybackYear, (y) => `year ${y}`),
      maybe(o.savingsSwitchingFactor, (k) => k.toFixed(2)),
      o.mcda.score.toFixed(2),
      String(o.mcda.rank),
    ]),
  );
  return `<table>${head}${rows.join("")}</table>`;
}

function criteriaTable(result: AppraisalResult): string {
  const head = row(["Criterion", "Weight", "Switching weight", "New top option"], "th");
  const rows = result.criteria.map((c) =>
    row([
      escapeHtml(c.id),
      c.weight.toFixed(3),
      maybe(c.switchingWeight, (w) => w.toFixed(3)),
      escapeHtml(c.switchesTo ?? "—"),
    ]),
  );
  return `<table>${head}${rows.join("")}</table>`;
}

function optionSection(o: OptionAppraisal): string {
  const flags = o.flags.map((f) => `<p class="flag">${escapeHtml(f.message)}</p>`).join("");
  const pv = `<p>Present values: savings ${money(o.pv.savings)}, costs ${money(o.pv.costs)}, VAT ${money(o.pv.vat)}, loan re-pricing ${money(o.pv.loan)}, staff and pensions ${money(o.pv.staff)}; NPV ${money(o.npv)}.</p>`;
  return `<h2>${escapeHtml(o.name)} <small>(stage ${o.stage})</small></h2>${flags}${pv}
<h3>Net cash flow by year</h3>${cashFlowChart(o)}
<h3>NPV distribution (Monte Carlo, mean ${money(o.monteCarlo.mean)}, sd ${money(o.monteCarlo.sd)})</h3>${histogramChart(o) || "<p>No uncertain lines: every iteration gives the same NPV.</p>"}
${o.tornado.length > 0 ? `<h3>Sensitivity (tornado)</h3>${tornadoChart(o)}` : ""}`;
}

/**
 * A printable, self-contained HTML report: summary, criteria, per-option charts (inline SVG) and
 * the assumptions behind every number.
 */
export function appraisalHtml(result: AppraisalResult): string {
  const assumptions = result.assumptions.map((a) => `<li>${escapeHtml(a)}</li>`).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(result.title)}</title>
<link rel="icon" href="data:,"><style>${STYLE}</style></head><body>
<h1>${escapeHtml(result.title)}</h1>
<p>Amounts in ${escapeHtml(result.currency)}; costs, VAT and loan re-pricing are shown positive and subtracted in net.</p>
${summaryTable(result)}${criteriaTable(result)}
<h3>Assumptions</h3><ul>${assumptions}</ul>
${result.options.map(optionSection).join("\n")}
</body></html>`;
}
