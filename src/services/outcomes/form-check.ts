import {
  ANSWER_TEXT_MAX,
  type Form,
  type FormQuestion,
  type Translated,
} from "../../shared/forms.ts";
import { isIsoDate } from "../../shared/primitives.ts";
import type { Problem } from "../../shared/problems.ts";
import { type AnswerMessages, answerMessagesIn } from "./form-messages.ts";

/** What the answering page sends: field name → value (a list from JSON for multiple choice). */
export type AnswerValues = Readonly<Record<string, string | string[] | undefined>>;

/** A checked submission: its answers and the measures they make, or a problem per field. */
export type AnswerCheck =
  | {
      ok: true;
      answers: { question: string; value: number | string | string[] }[];
      measures: { indicator: string; value: number }[];
      respondentCode: string | null;
    }
  | { ok: false; problems: Problem[] };

/** The text in `lang`, else the form's first language. */
export function textIn(t: Translated | undefined, lang: string, fallback: string): string {
  return t?.[lang] ?? t?.[fallback] ?? "";
}

const CODE = /^[A-Za-z0-9-]{1,40}$/;

/** The chosen values of a multiple-choice question: a JSON list, or one checkbox field per option. */
function chosenOf(q: FormQuestion, values: AnswerValues): string[] {
  const direct = values[q.id];
  if (Array.isArray(direct)) return direct;
  if (typeof direct === "string" && direct !== "") return [direct];
  return (q.options ?? []).filter((o) => values[`${q.id}__${o.value}`]).map((o) => o.value);
}

type One = { value?: number | string | string[]; measure?: number; problem?: string };
type M = AnswerMessages;

function numberAnswer(q: FormQuestion, raw: string, m: M): One {
  const n = Number(raw);
  if (!/^-?\d+(\.\d+)?$/.test(raw.trim()) || !Number.isFinite(n)) return { problem: m.number };
  if (q.kind === "scale") {
    const { min, max } = q.scale!;
    if (!Number.isInteger(n) || n < min || n > max) return { problem: m.scale(min, max) };
  }
  if (q.range?.min !== undefined && n < q.range.min) return { problem: m.atLeast(q.range.min) };
  if (q.range?.max !== undefined && n > q.range.max) return { problem: m.atMost(q.range.max) };
  return { value: n, measure: n };
}

function oneAnswer(
  q: FormQuestion,
  raw: string | string[] | undefined,
  values: AnswerValues,
  m: M,
): One {
  if (q.kind === "multiple_choice") {
    const chosen = chosenOf(q, values);
    const known = new Set((q.options ?? []).map((o) => o.value));
    if (chosen.some((c) => !known.has(c))) return { problem: m.options };
    return chosen.length ? { value: chosen } : {};
  }
  const text = typeof raw === "string" ? raw.trim() : "";
  if (text === "") return {};
  if (q.kind === "text") return { value: text };
  if (q.kind === "date") return isIsoDate(text) ? { value: text } : { problem: m.date };
  if (q.kind === "single_choice") {
    const option = q.options?.find((o) => o.value === text);
    return option ? { value: text, measure: option.score } : { problem: m.option };
  }
  return numberAnswer(q, text, m);
}

function sizeProblem(raw: string | string[] | undefined, m: M): string | null {
  const size = Array.isArray(raw) ? raw.join("").length : (raw ?? "").length;
  return size > ANSWER_TEXT_MAX ? m.tooLong(size) : null;
}

function pageProblems(values: AnswerValues, lang: string, form: Form, m: M): Problem[] {
  const problems: Problem[] = [];
  if (typeof values.website === "string" && values.website !== "")
    problems.push({
      path: "website",
      message: m.honeypot,
    });
  if (values.consent !== "yes")
    problems.push({
      path: "consent",
      message: m.consent(textIn(form.consent.text, lang, form.languages[0]!)),
    });
  const code = values.respondent_code;
  if (typeof code === "string" && code.trim() !== "" && !CODE.test(code.trim()))
    problems.push({
      path: "respondent_code",
      message: m.code,
    });
  return problems;
}

/**
 * Checks one person's answers to a form: the honeypot empty, consent given, each answer of its
 * question's kind and within the size limit, each required question answered. Problems name the
 * field and the question's text in the respondent's language, so the page can show each by it.
 */
export function formAnswersCheck(form: Form, values: AnswerValues, lang: string): AnswerCheck {
  const m = answerMessagesIn(lang);
  const problems = pageProblems(values, lang, form, m);
  const answers: Extract<AnswerCheck, { ok: true }>["answers"] = [];
  const measures: { indicator: string; value: number }[] = [];
  for (const q of form.questions) {
    const raw = values[q.id];
    const question = textIn(q.text, lang, form.languages[0]!);
    const tooBig = sizeProblem(raw, m);
    const one: One = tooBig ? { problem: tooBig } : oneAnswer(q, raw, values, m);
    if (one.problem) problems.push({ path: q.id, message: `“${question}” ${one.problem}` });
    else if (one.value === undefined && q.required)
      problems.push({ path: q.id, message: `“${question}” ${m.required}` });
    else if (one.value !== undefined) {
      answers.push({ question: q.id, value: one.value });
      if (q.indicator && one.measure !== undefined)
        measures.push({ indicator: q.indicator, value: one.measure });
    }
  }
  if (problems.length) return { ok: false, problems };
  const code = typeof values.respondent_code === "string" ? values.respondent_code.trim() : "";
  return { ok: true, answers, measures, respondentCode: code || null };
}
