import { csvTextOf } from "../../shared/csv-text.ts";
import type { FormResults } from "../../shared/forms.ts";

const HEADER = ["group", "respondents", "question", "answered", "mean", "answer", "count"];

/**
 * A form's results as CSV, one row per question (and per answer chosen, for scales and choices);
 * a withheld group is one row saying so, with no figures.
 */
export function formResultsCsv(results: FormResults): string {
  const rows: (string | number | null)[][] = [];
  for (const g of [results.overall, ...results.groups]) {
    if (g.withheld) {
      rows.push([
        g.group,
        null,
        `withheld: fewer than ${results.minGroup} respondents`,
        null,
        null,
        null,
        null,
      ]);
      continue;
    }
    for (const q of g.questions) {
      const base = [g.group, g.respondents, q.text, q.answered, q.mean];
      if (q.counts.length === 0) rows.push([...base, null, null]);
      for (const c of q.counts) rows.push([...base, c.label, c.count]);
    }
  }
  return csvTextOf(HEADER, rows);
}
