import type { InstrumentItem } from "../../../shared/instruments.ts";

/** A statement's text; prefixed with "R:" when it is reverse-scored. */
export type Statement = string;

/** Items of one dimension, ids `<dimension>-1`, `-2`, …; "R:" marks a reverse-scored statement. */
export function itemsOf(dimension: string, statements: readonly Statement[]): InstrumentItem[] {
  return statements.map((s, i) => {
    const reverse = s.startsWith("R:");
    const text = reverse ? s.slice(2).trim() : s;
    return { id: `${dimension}-${i + 1}`, dimension, text, ...(reverse ? { reverse } : {}) };
  });
}

/** The five-point agreement scale every rating instrument shipped here uses. */
export const AGREEMENT_SCALE = {
  min: 1,
  max: 5,
  labels: {
    "1": "Strongly disagree",
    "2": "Disagree",
    "3": "Neither agree nor disagree",
    "4": "Agree",
    "5": "Strongly agree",
  },
};
