import type { ValueMapDocument } from "../../shared/value-map.ts";
import type { ValueMapPerspectiveResult, ValueMapResult } from "../../shared/value-map-results.ts";
import { escapeHtml } from "../appraisals/svg-charts.ts";

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;max-width:64rem;margin:2rem auto;color:#222;padding:0 1rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}
th:first-child,td:first-child{text-align:left}.text{text-align:left}h2{margin-top:2rem}
.flag{background:#fff3e0;border-left:4px solid #ef6c00;padding:.25rem .5rem;margin:.25rem 0}
.notes{background:#f5f5f5;padding:.5rem}@media print{body{margin:0}h2{page-break-before:always}}`;

const money = (v: number) => escapeHtml(Math.round(v).toLocaleString("en-GB"));
const share = (v: number) => `${(v * 100).toFixed(0)}%`;
const ratio = (v: number | null) => (v === null ? "—" : v.toFixed(2));

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function summary(doc: ValueMapDocument, result: ValueMapResult): string {
  return table(
    ["Perspective", "PV benefits", "PV inputs", "NPV", "Ratio", "Net ratio", "P10", "P50", "P90"],
    result.perspectives.map((p, k) => [
      escapeHtml(doc.perspectives[k]?.name ?? p.id),
      money(p.pvBenefits),
      money(p.pvInputs),
      money(p.npv),
      ratio(p.ratio),
      ratio(p.netRatio),
      ratio(p.monteCarlo?.p10 ?? null),
      ratio(p.monteCarlo?.p50 ?? null),
      ratio(p.monteCarlo?.p90 ?? null),
    ]),
  );
}

function inputs(doc: ValueMapDocument): string {
  return table(
    ["Stakeholder", "Description", "Amount", "Year", "Perspectives"],
    doc.inputs.map((i) => [
      escapeHtml(i.stakeholder),
      `<span class="text">${escapeHtml(i.description)}</span>`,
      money(i.amount),
      String(i.year),
      escapeHtml(i.perspectives.join(", ")),
    ]),
  );
}

function outcomes(doc: ValueMapDocument, result: ValueMapResult): string {
  return table(
    [
      "Stakeholder",
      "Outcome",
      "Indicator",
      "Set by",
      "Quantity",
      "Proxy",
      "Source",
      "Deadweight",
      "Displacement",
      "Attribution",
      "Drop-off",
      "Years",
      "Impact",
      "PV",
    ],
    doc.outcomes.map((o, k) => [
      escapeHtml(o.stakeholder),
      escapeHtml(o.outcome),
      escapeHtml(o.indicator),
      escapeHtml(o.setBy),
      escapeHtml(String(o.quantity)),
      money(o.proxy.value),
      escapeHtml(o.proxy.source || "—"),
      share(o.deadweight),
      share(o.displacement),
      share(o.attribution),
      share(o.dropOff),
      `${o.startYear}–${o.startYear + o.durationYears - 1}`,
      money(result.outcomes[k]!.impact),
      money(result.outcomes[k]!.presentValue),
    ]),
  );
}

function perspectiveSection(name: string, p: ValueMapPerspectiveResult): string {
  const stakeholders = table(
    ["Stakeholder", "PV"],
    Object.entries(p.byStakeholder).map(([k, v]) => [escapeHtml(k), money(v)]),
  );
  const sensitivity = table(
    ["Outcome", "Parameter", "Base", "Low", "Ratio", "High", "Ratio"],
    p.sensitivity.map((s) => {
      const f =
        s.parameter === "proxy" || s.parameter === "quantity" ? (v: number) => money(v) : share;
      return [
        escapeHtml(s.outcome),
        escapeHtml(s.parameter),
        f(s.base),
        f(s.low.value),
        ratio(s.low.ratio),
        f(s.high.value),
        ratio(s.high.ratio),
      ];
    }),
  );
  const breakEven = table(
    ["Outcome", "Proxy at which the ratio is 1"],
    Object.entries(p.breakEvenProxy).map(([k, v]) => [escapeHtml(k), v === null ? "—" : money(v)]),
  );
  return `<h2>${escapeHtml(name)}</h2><h3>Value by stakeholder</h3>${stakeholders}<h3>Sensitivity</h3>${sensitivity}<h3>Break-even proxies</h3>${breakEven}`;
}

/** A printable, self-contained HTML report of a value map; every text from the document is escaped. */
export function valueMapHtml(doc: ValueMapDocument, result: ValueMapResult): string {
  const flags = result.flags.map((f) => `<p class="flag">${escapeHtml(f.message)}</p>`).join("");
  const notes = doc.notes ? `<p class="notes">${escapeHtml(doc.notes)}</p>` : "";
  const mc = result.monteCarloSettings;
  const mcText = mc
    ? `Monte Carlo: ${mc.iterations.toLocaleString("en-GB")} iterations, seed ${mc.seed}, triangular over the stated ranges.`
    : "No ranges given, so no Monte Carlo.";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>
<link rel="icon" href="data:,"><style>${STYLE}</style></head><body>
<h1>${escapeHtml(doc.title)}</h1>${notes}
<p>Amounts in ${escapeHtml(doc.currency)}, present values at ${escapeHtml(doc.baseDate)}. ${escapeHtml(mcText)}</p>
${flags}${summary(doc, result)}
<h2>Inputs</h2>${inputs(doc)}
<h2>Outcomes</h2>${outcomes(doc, result)}
${result.perspectives.map((p, k) => perspectiveSection(doc.perspectives[k]?.name ?? p.id, p)).join("\n")}
</body></html>`;
}
