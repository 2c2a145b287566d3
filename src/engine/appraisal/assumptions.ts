import type { AppraisalDocument } from "../../shared/appraisal.ts";
import { discountDescription } from "./discount.ts";
import type { OptionModel } from "./option-model.ts";
import { VAT_RULE_TEXT, yearStartDate } from "./vat.ts";
import { amountText, yearsPhrase } from "./years-text.ts";

const percent = (x: number) => `${Number((x * 100).toFixed(2))}%`;

function vatAssumptions(doc: AppraisalDocument, models: readonly OptionModel[]): string[] {
  const lines = doc.options.flatMap((option, i) => {
    const { rates } = models[i]!.vat;
    const byRate = new Map<string, number[]>();
    rates.forEach((rate, t) => {
      const key = percent(rate);
      if (rate > 0) byRate.set(key, [...(byRate.get(key) ?? []), t]);
    });
    if (!option.vat || byRate.size === 0) return [];
    const used = [...byRate].map(([rate, years]) => `${rate} in ${yearsPhrase(years)}`);
    return [
      `${option.name}: VAT on ${amountText(option.vat.chargedServicesPerYear)} a year of charged services at a day-weighted ${used.join(", ")}.`,
    ];
  });
  return lines.length > 0 ? [VAT_RULE_TEXT, ...lines] : [];
}

const STAFF_RULE_TEXT =
  "Staff and pension barriers: a TUPE transfer costs staff × cost per person once; harmonising terms costs staff × extra cost per person every year from its start to its end year (or the horizon); a pension liability (such as the employer debt on leaving a multi-employer defined-benefit scheme) is paid in its year or in equal parts over its spread years, and costs nothing when avoided. Like VAT and loan re-pricing they are not adjusted for optimism bias and carry no range.";

/**
 * What drove the numbers, in plain words: timing, discounting, optimism bias, VAT rates used,
 * probabilities, Monte Carlo settings and how multi-criteria scores are formed.
 * @example assumptionsOf(doc, models)[0] // "Year 0 starts on 2012-04-01; …"
 */
export function assumptionsOf(
  doc: AppraisalDocument,
  models: readonly OptionModel[],
  monteCarlo: { iterations: number; seed: number },
): string[] {
  const { costs, benefits } = doc.optimismBias;
  return [
    `Year 0 starts on ${doc.baseDate}; year t starts t years later (year ${doc.horizonYears} starts ${yearStartDate(doc.baseDate, doc.horizonYears)}). Amounts are in ${doc.currency}, incremental against doing nothing.`,
    discountDescription(doc.discount),
    `Optimism bias: costs uplifted by ${percent(costs)}, savings reduced by ${percent(benefits)}; VAT and loan re-pricing are not adjusted.`,
    "Costs, VAT, loan re-pricing and staff and pension barriers are reported as positive numbers and subtracted in net.",
    "Deterministic cash flows weight each saving by its probability; a saving ramps up linearly over its ramp years from its start year.",
    ...vatAssumptions(doc, models),
    ...(doc.options.some((o) => (o.staffBarriers ?? []).length > 0) ? [STAFF_RULE_TEXT] : []),
    `Monte Carlo: ${monteCarlo.iterations.toLocaleString("en-GB")} iterations with seed ${monteCarlo.seed}; each saving is realised for the whole horizon or not at all (Bernoulli on its probability), and ranged amounts are drawn from triangular(low, base, high). Iteration i uses its own random stream hashed from (seed, option id, i).`,
    "Multi-criteria: weights are normalised to sum 1; NPV scores 0–10 between the lowest and highest option; switching weights rescale the other weights proportionally.",
  ];
}
