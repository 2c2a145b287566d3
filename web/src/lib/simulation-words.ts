/**
 * Plain-language names and number formats for the simulation's statistics, so the calibration report
 * and the comparison read as sentences rather than statistic ids.
 */

const YEARLY: Record<string, string> = {
  organisations: "Organisations",
  meanSize: "Mean size (homes)",
  "top20.entity": "Top-20 share of homes (each organisation)",
  "top20.group": "Top-20 share of homes (groups counted as one)",
  procurementGroups: "Procurement groups",
  procurementInRange: "Procurement groups of the mandated size",
};

/**
 * A calibration target's id as words.
 * @example calibrationLabel("organisations.2007") // "Organisations in 2007"
 */
export function calibrationLabel(id: string): string {
  if (id === "constitutional.share") return "Associations that changed constitution";
  if (id === "constitutional.shareLarge")
    return "Associations over 10,000 homes that changed constitution";
  const trough = /^mergerTrough\.(\d{4})-(\d{4})\.(\d{4})-(\d{4})$/.exec(id);
  if (trough)
    return `Mergers a year in ${trough[1]}–${trough[2]} relative to ${trough[3]}–${trough[4]}`;
  const sum = /^mergers\.(\d{4})-(\d{4})$/.exec(id);
  if (sum) return `Mergers in ${sum[1]}–${sum[2]}`;
  const yearly = /^(.+)\.(\d{4})$/.exec(id);
  const name = yearly ? YEARLY[yearly[1]!] : undefined;
  return name && yearly ? `${name} in ${yearly[2]}` : id;
}

const percent = (v: number) => `${(v * 100).toFixed(1)}%`;
const whole = (v: number) => Math.round(v).toLocaleString("en-GB");
const ratio = (v: number) => v.toLocaleString("en-GB", { maximumFractionDigits: 2 });

/**
 * How a calibration statistic's values are written: shares as percentages, counts and sizes whole.
 * @example calibrationFormat("top20.entity.2010")(0.3) // "30.0%"
 */
export function calibrationFormat(id: string): (value: number) => string {
  if (id.startsWith("top20.") || id.startsWith("constitutional.")) return percent;
  if (id.startsWith("mergerTrough.")) return ratio;
  return whole;
}
