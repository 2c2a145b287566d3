import type { OptionAppraisal } from "../../engine/appraisal/appraise.ts";
import { shortMoney } from "../../shared/money-format.ts";

const W = 640;
const H = 220;
const PAD = 36;

/** Escapes text for HTML and SVG. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function scale(min: number, max: number, from: number, to: number) {
  const span = max - min || 1;
  return (v: number) => from + ((v - min) / span) * (to - from);
}

function svg(body: string, label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(label)}">${body}</svg>`;
}

/** Bars of net cash flow per year (green above zero, red below), undiscounted. */
export function cashFlowChart(option: OptionAppraisal): string {
  const nets = option.cashFlows.map((c) => c.net);
  const y = scale(Math.min(0, ...nets), Math.max(0, ...nets), H - PAD, PAD / 2);
  const width = (W - 2 * PAD) / nets.length;
  const bars = nets.map((v, t) => {
    const top = Math.min(y(v), y(0));
    const fill = v >= 0 ? "#2e7d32" : "#c62828";
    return `<rect x="${(PAD + t * width + 1).toFixed(1)}" y="${top.toFixed(1)}" width="${Math.max(1, width - 2).toFixed(1)}" height="${Math.abs(y(v) - y(0)).toFixed(1)}" fill="${fill}"><title>Year ${t}: ${shortMoney(v)}</title></rect>`;
  });
  const axis = `<line x1="${PAD}" x2="${W - PAD}" y1="${y(0)}" y2="${y(0)}" stroke="#333"/>`;
  const labels = `<text x="${PAD}" y="${H - 8}" font-size="11">year 0</text><text x="${W - PAD}" y="${H - 8}" font-size="11" text-anchor="end">year ${nets.length - 1}</text>`;
  return svg(bars.join("") + axis + labels, `Net cash flow by year for ${option.name}`);
}

/** The Monte Carlo NPV histogram with a line at zero and P10/P50/P90 marked. */
export function histogramChart(option: OptionAppraisal): string {
  const bins = option.monteCarlo.histogram;
  // One bin means no uncertainty at all: the report says so in words instead.
  if (bins.length <= 1) return "";
  const x = scale(bins[0]!.from, bins[bins.length - 1]!.to, PAD, W - PAD);
  const y = scale(0, Math.max(...bins.map((b) => b.count)), H - PAD, PAD / 2);
  const bars = bins.map(
    (b) =>
      `<rect x="${x(b.from).toFixed(1)}" y="${y(b.count).toFixed(1)}" width="${Math.max(1, x(b.to) - x(b.from) - 1).toFixed(1)}" height="${(H - PAD - y(b.count)).toFixed(1)}" fill="#1565c0"><title>${shortMoney(b.from)} to ${shortMoney(b.to)}: ${b.count}</title></rect>`,
  );
  const { p10, p50, p90 } = option.monteCarlo;
  const marks = [
    ["P10", p10],
    ["P50", p50],
    ["P90", p90],
  ].map(
    ([name, v]) =>
      `<line x1="${x(v as number)}" x2="${x(v as number)}" y1="${PAD / 2}" y2="${H - PAD}" stroke="#555" stroke-dasharray="3 3"/><text x="${x(v as number)}" y="${H - PAD + 14}" font-size="11" text-anchor="middle">${name} ${shortMoney(v as number)}</text>`,
  );
  return svg(bars.join("") + marks.join(""), `Distribution of NPV for ${option.name}`);
}

/** Tornado: for each ranged line, a bar from NPV at its low to NPV at its high, widest first. */
export function tornadoChart(option: OptionAppraisal): string {
  const bars = option.tornado.slice(0, 10);
  if (bars.length === 0) return "";
  const values = bars.flatMap((b) => [b.npvAtLow, b.npvAtHigh]).concat(option.npv);
  const x = scale(Math.min(...values), Math.max(...values), PAD + 110, W - PAD);
  const row = (H - PAD) / bars.length;
  const rects = bars.map((b, i) => {
    const left = Math.min(x(b.npvAtLow), x(b.npvAtHigh));
    const top = PAD / 2 + i * row;
    return `<text x="${PAD + 105}" y="${(top + row * 0.65).toFixed(1)}" font-size="11" text-anchor="end">${escapeHtml(b.lineId)}</text><rect x="${left.toFixed(1)}" y="${(top + 2).toFixed(1)}" width="${Math.max(1, Math.abs(x(b.npvAtHigh) - x(b.npvAtLow))).toFixed(1)}" height="${Math.max(2, row - 4).toFixed(1)}" fill="#ef6c00"><title>${escapeHtml(b.lineId)}: ${shortMoney(b.npvAtLow)} (low) to ${shortMoney(b.npvAtHigh)} (high)</title></rect>`;
  });
  const base = `<line x1="${x(option.npv)}" x2="${x(option.npv)}" y1="${PAD / 4}" y2="${H - PAD / 2}" stroke="#333"/><text x="${x(option.npv)}" y="${H - 4}" font-size="11" text-anchor="middle">NPV ${shortMoney(option.npv)}</text>`;
  return svg(rects.join("") + base, `Sensitivity of NPV for ${option.name}`);
}
