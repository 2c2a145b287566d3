import type { AppraisalDocument, AppraisalLine } from "../../shared/appraisal.ts";
import { DIFFICULTIES } from "../../shared/appraisal.ts";
import type {
  LineRealisation,
  RealisationResult,
  RealisationTotal,
  YearRealisation,
} from "../../shared/appraisal-results.ts";
import { cashFlowsOf } from "./cash-flows.ts";
import type { LineModel } from "./line-model.ts";
import { optionModelOf } from "./option-model.ts";
import { pastYearsText } from "./realisation-text.ts";

export type {
  LineRealisation,
  RealisationResult,
  RealisationTotal,
  YearRealisation,
} from "../../shared/appraisal-results.ts";

/** An actual amount for one line in one year (positive, like the plan: savings made, costs paid). */
export interface RealisationActual {
  line: string;
  year: number;
  amount: number;
}

/** The rule the re-forecast follows, shown next to it. */
export const REFORECAST_RULE =
  "Planned = the amount the decided appraisal counted for the line and year (annual × ramp × probability × optimism-bias adjustment), undiscounted. Realisation rate = actual ÷ planned over the years with an actual recorded. Re-forecast: each year's actual where recorded, otherwise planned × the line's realisation rate to date (the plan itself while nothing is recorded).";

/**
 * The year index of `today` for an appraisal starting on `baseDate`: whole years elapsed (year 0
 * runs from the base date to its first anniversary); negative before the base date.
 * @example yearIndexOf("2009-04-01", "2011-03-31") // 1
 */
export function yearIndexOf(baseDate: string, today: string): number {
  const [by, bm, bd] = baseDate.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.slice(0, 10).split("-").map(Number) as [number, number, number];
  const beforeAnniversary = tm < bm || (tm === bm && td < bd);
  return ty - by - (beforeAnniversary ? 1 : 0);
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const rateOf = (planned: number, actual: number) => (planned === 0 ? null : actual / planned);

function lineOf(
  line: AppraisalLine,
  model: LineModel,
  actuals: Map<number, number>,
  currentYear: number,
) {
  const scale = model.base * model.probability * model.bias;
  const planned = Array.from(model.profile, (share) => scale * share);
  const actual = planned.map((_, t) => actuals.get(t) ?? null);
  const recorded = planned.flatMap((_, t) => (actual[t] === null ? [] : [t]));
  const plannedToDate = sum(recorded.map((t) => planned[t]!));
  const actualToDate = sum(recorded.map((t) => actual[t]!));
  const rate = rateOf(plannedToDate, actualToDate);
  const plannedPast = sum(planned.filter((_, t) => t < currentYear));
  const plannedTotal = sum(planned);
  const forecast = planned.map((p, t) => actual[t] ?? p * (rate ?? 1));
  const saving = line.kind === "saving";
  return {
    id: line.id,
    name: line.name ?? line.id,
    kind: line.kind,
    source: saving ? line.source : null,
    difficulty: saving ? line.difficulty : null,
    ...{ planned, actual, forecast, plannedToDate, actualToDate, rate, plannedPast, plannedTotal },
  };
}

function totalOf(lines: readonly LineRealisation[]): RealisationTotal {
  const plannedToDate = sum(lines.map((l) => l.plannedToDate));
  const actualToDate = sum(lines.map((l) => l.actualToDate));
  return {
    plannedToDate,
    actualToDate,
    rate: rateOf(plannedToDate, actualToDate),
    plannedPast: sum(lines.map((l) => l.plannedPast)),
    plannedTotal: sum(lines.map((l) => l.plannedTotal)),
  };
}

function yearSums(lines: readonly LineRealisation[], t: number) {
  const recorded = lines.filter((l) => l.actual[t] !== null);
  return {
    planned: sum(lines.map((l) => l.planned[t]!)),
    actual: recorded.length ? sum(recorded.map((l) => l.actual[t]!)) : null,
    forecast: sum(lines.map((l) => l.forecast[t]!)),
  };
}

function yearsOf(
  lines: readonly LineRealisation[],
  currentYear: number,
  horizon: number,
): YearRealisation[] {
  const savings = lines.filter((l) => l.kind === "saving");
  const costs = lines.filter((l) => l.kind !== "saving");
  return Array.from({ length: horizon + 1 }, (_, year) => {
    const s = yearSums(savings, year);
    const c = yearSums(costs, year);
    return {
      year,
      past: year < currentYear,
      plannedSavings: s.planned,
      actualSavings: s.actual,
      forecastSavings: s.forecast,
      plannedCosts: c.planned,
      actualCosts: c.actual,
      forecastCosts: c.forecast,
    };
  });
}

function followUpOf(lines: readonly LineRealisation[], currentYear: number) {
  return lines
    .map((l) => ({
      line: l.id,
      name: l.name,
      years: l.planned.flatMap((p, t) =>
        t < currentYear && p !== 0 && l.actual[t] === null ? [t] : [],
      ),
    }))
    .filter((f) => f.years.length > 0);
}

/**
 * Planned against actual for the decided option of a (frozen) document: realisation by line, by
 * difficulty and in total, a re-forecast of every year (REFORECAST_RULE) with its NPV, and the
 * lines with no actual for a past year. A year is past when it ends on or before `today` (an ISO
 * date passed in, so the engine reads no clock): years before today's year index (yearIndexOf).
 * @example realisationOf(doc, "association", [{ line: "procurement", year: 1, amount: 90000 }], "2012-06-30")
 */
export function realisationOf(
  doc: AppraisalDocument,
  optionId: string,
  actuals: readonly RealisationActual[],
  today: string,
): RealisationResult {
  const currentYear = yearIndexOf(doc.baseDate, today);
  const option = doc.options.find((o) => o.id === optionId);
  if (!option) throw new Error(`No option "${optionId}" in the appraisal`);
  const model = optionModelOf(option, doc);
  const lines: LineRealisation[] = option.lines.map((line, i) => {
    const mine = actuals.filter((a) => a.line === line.id).map((a) => [a.year, a.amount] as const);
    return lineOf(line, model.lines[i]!, new Map(mine), currentYear);
  });
  const planned = cashFlowsOf(model).npv;
  const change = lines.reduce((npv, l, i) => {
    const sign = model.lines[i]!.sign;
    return npv + sum(l.forecast.map((f, t) => sign * (f - l.planned[t]!) * model.factors[t]!));
  }, 0);
  return {
    option: optionId,
    currentYear,
    today,
    pastText: pastYearsText(doc.baseDate, doc.horizonYears, today),
    rule: REFORECAST_RULE,
    lines,
    byDifficulty: DIFFICULTIES.map((difficulty) => ({
      difficulty,
      ...totalOf(lines.filter((l) => l.difficulty === difficulty)),
    })),
    savings: totalOf(lines.filter((l) => l.kind === "saving")),
    costs: totalOf(lines.filter((l) => l.kind !== "saving")),
    years: yearsOf(lines, currentYear, doc.horizonYears),
    npv: { planned, reforecast: planned + change },
    followUp: followUpOf(lines, currentYear),
  };
}
