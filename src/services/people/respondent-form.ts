import {
  MERLIN_ITEMS,
  MERLIN_RELATIONS,
  type MerlinRelation,
  type MerlinResponseInput,
} from "../../shared/merlin.ts";
import type { Problem } from "../../shared/problems.ts";

/** The value of the "Don't know" choice: the statement is left unanswered. */
export const DONT_KNOW = "skip";

/** What the answering form sends: field name → value, as typed. */
export type FormValues = Readonly<Record<string, string | undefined>>;

/** A checked form: the response to store, or a problem per field (path = the field's name). */
export type FormCheck =
  | { ok: true; response: MerlinResponseInput }
  | { ok: false; problems: Problem[] };

const SCALE = new Set(["1", "2", "3", "4", "5"]);

/**
 * Checks a Merlin answering form: every statement needs an answer 1–5 or "Don't know", at least
 * one must be answered, and the relation is needed unless the link fixes it. Problems name the
 * field in plain words, so the page can show each next to its field.
 */
export function merlinFormCheck(values: FormValues, fixed: MerlinRelation | null): FormCheck {
  const problems: Problem[] = [];
  const relation = fixed ?? values.relation;
  if (!MERLIN_RELATIONS.includes(relation as MerlinRelation))
    problems.push({
      path: "relation",
      message: "Choose how your organisation is connected to this supply chain",
    });
  const answers: Record<string, number> = {};
  for (const item of MERLIN_ITEMS) {
    const value = values[item.id];
    if (value !== undefined && SCALE.has(value)) answers[item.id] = Number(value);
    else if (value !== DONT_KNOW)
      problems.push({
        path: item.id,
        message: "Choose an answer for this statement, or “Don’t know”",
      });
  }
  if (problems.length === 0 && Object.keys(answers).length === 0)
    problems.push({
      path: MERLIN_ITEMS[0]!.id,
      message: "Answer at least one statement: you chose “Don’t know” for all of them",
    });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, response: { relation: relation as MerlinRelation, answers } };
}
