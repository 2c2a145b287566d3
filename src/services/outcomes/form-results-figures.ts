import { type FormQuestion, GROUP_MIN, type QuestionResult } from "../../shared/forms.ts";
import { textIn } from "./form-check.ts";
import type { GroupTally } from "./form-results-query.ts";

// The figures of one question in one group, from the database's counts of each distinct answer.

/** Each chosen value (a multiple choice's several) with how many chose it. */
function chosenOf(values: [unknown, number][]): Map<string, number> {
  const chosen = new Map<string, number>();
  for (const [v, n] of values)
    for (const one of Array.isArray(v) ? v : [v])
      chosen.set(String(one), (chosen.get(String(one)) ?? 0) + n);
  return chosen;
}

/** The mean of the numbers given (a single choice's scores), or null when there are none. */
function meanOf(q: FormQuestion, values: [unknown, number][]): number | null {
  const scores = new Map((q.options ?? []).map((o) => [o.value, o.score]));
  let sum = 0;
  let count = 0;
  for (const [v, n] of values) {
    const x =
      q.kind === "single_choice" ? scores.get(String(v)) : typeof v === "number" ? v : undefined;
    if (x === undefined) continue;
    sum += x * n;
    count += n;
  }
  return count ? sum / count : null;
}

function countsOf(q: FormQuestion, values: [unknown, number][], lang: string) {
  const chosen = chosenOf(values);
  const count = (value: string) => chosen.get(value) ?? 0;
  if (q.kind === "scale") {
    const out: QuestionResult["counts"] = [];
    for (let n = q.scale!.min; n <= q.scale!.max; n++)
      out.push({ value: String(n), label: String(n), count: count(String(n)) });
    return out;
  }
  return (q.options ?? []).map((o) => ({
    value: o.value,
    label: textIn(o.label, lang, lang),
    count: count(o.value),
  }));
}

/** One question's aggregate in a group; under three answers, only how many answered. */
export function questionResult(q: FormQuestion, tally: GroupTally, lang: string): QuestionResult {
  const answered = tally.answered.get(q.id) ?? 0;
  const values = tally.values.get(q.id) ?? [];
  const aggregate = answered >= GROUP_MIN && q.kind !== "text" && q.kind !== "date";
  return {
    id: q.id,
    kind: q.kind,
    text: textIn(q.text, lang, lang),
    answered,
    mean: aggregate ? meanOf(q, values) : null,
    counts: aggregate && q.kind !== "number" ? countsOf(q, values, lang) : [],
  };
}
