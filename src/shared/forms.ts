import { z } from "zod";
import { FORM_QUESTION_KINDS, type FormQuestionKind } from "./form-results.ts";
import { entityId } from "./primitives.ts";

export * from "./form-results.ts";

/** Kinds whose answer is one number, so they can feed an outcome indicator. */
export const MEASURABLE_KINDS: readonly FormQuestionKind[] = ["scale", "number", "single_choice"];

/** The most characters one answer may have (free text): one page of writing. */
export const ANSWER_TEXT_MAX = 1000;
/** Groups of fewer respondents than this are withheld from results (the three-respondent rule). */
export const GROUP_MIN = 3;

/** Field names the answering page uses itself, so no question may take them. */
export const RESERVED_FIELDS = [
  "consent",
  "submission_id",
  "website",
  "lang",
  "easy",
  "respondent_code",
] as const;

/** A language code such as `en` or `cy`. */
export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, { message: "must be a two- or three-letter language code such as en" });

/** One text in each of the form's languages: `{ en: "…", cy: "…" }`. */
export const translated = z.record(
  languageCode,
  z.string().trim().min(1, { message: "must not be empty" }).max(2000),
);
/** A text per language. */
export type Translated = z.infer<typeof translated>;

const finite = z.number().refine(Number.isFinite, { message: "must be a finite number" });
const optionValue = z
  .string()
  .regex(/^[a-z0-9_-]{1,40}$/, { message: "must be 1–40 lower-case letters, digits, _ or -" });

/** One choice of a single- or multiple-choice question; `score` is its value as a measure. */
export const formOptionSchema = z.object({
  value: optionValue,
  label: translated,
  easyRead: translated.optional(),
  score: finite.optional(),
});

/** One question: its kind, texts per language, and optionally the indicator its answer measures. */
export const formQuestionSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, { message: "must be 1–40 lower-case letters, digits or _" }),
  kind: z.enum(FORM_QUESTION_KINDS),
  text: translated,
  easyRead: translated.optional(),
  hint: translated.optional(),
  required: z.boolean().default(false),
  indicator: entityId.nullable().default(null),
  options: z.array(formOptionSchema).max(30).optional(),
  scale: z
    .object({
      min: z.number().int().min(0).max(10),
      max: z.number().int().min(1).max(11),
      minLabel: translated.optional(),
      maxLabel: translated.optional(),
    })
    .optional(),
  range: z.object({ min: finite.optional(), max: finite.optional() }).optional(),
});
/** A question. */
export type FormQuestion = z.infer<typeof formQuestionSchema>;

/** A form as a caller sends it (the framework's indicators are checked by the service). */
export const formInputSchema = z
  .object({
    framework: entityId,
    /** The form's languages, the first the default: every text is needed in each. */
    languages: z.array(languageCode).min(1).max(10),
    title: translated,
    intro: translated.optional(),
    consent: z.object({ text: translated, easyRead: translated.optional() }),
    /** True: every question and the consent also have an easy-read text in each language. */
    easyRead: z.boolean().default(false),
    questions: z.array(formQuestionSchema).min(1).max(100),
  })
  .superRefine((form, ctx) => {
    for (const problem of formProblems(form)) ctx.addIssue({ code: "custom", ...problem });
  });
/** A checked form. */
export type FormInput = z.infer<typeof formInputSchema>;

type Issue = { path: (string | number)[]; message: string };

function textProblems(t: Translated | undefined, path: (string | number)[], langs: string[]) {
  const issues: Issue[] = [];
  if (!t) return issues;
  for (const lang of langs)
    if (!t[lang]) issues.push({ path: [...path, lang], message: `needs a '${lang}' translation` });
  for (const lang of Object.keys(t))
    if (!langs.includes(lang))
      issues.push({
        path: [...path, lang],
        message: `'${lang}' is not one of the form's languages`,
      });
  return issues;
}

function questionProblems(q: FormQuestion, path: (string | number)[], easy: boolean): Issue[] {
  const issues: Issue[] = [];
  const choice = q.kind === "single_choice" || q.kind === "multiple_choice";
  if (choice && (q.options?.length ?? 0) < 2)
    issues.push({
      path: [...path, "options"],
      message: "a choice question needs at least 2 options",
    });
  const values = (q.options ?? []).map((o) => o.value);
  if (new Set(values).size !== values.length)
    issues.push({ path: [...path, "options"], message: "option values must be unique" });
  if (q.kind === "scale" && (!q.scale || q.scale.min >= q.scale.max))
    issues.push({ path: [...path, "scale"], message: "a scale needs min below max" });
  if (q.indicator && !MEASURABLE_KINDS.includes(q.kind))
    issues.push({
      path: [...path, "indicator"],
      message: `a ${q.kind} answer is not a number, so it cannot measure an indicator`,
    });
  if (q.indicator && q.kind === "single_choice" && q.options?.some((o) => o.score === undefined))
    issues.push({
      path: [...path, "options"],
      message: "every option needs a score when the question measures an indicator",
    });
  if (easy && !q.easyRead)
    issues.push({ path: [...path, "easyRead"], message: "needs an easy-read text" });
  return issues;
}

/** Every problem of a form: translations missing, ids repeated, kinds and indicators that do not fit. */
export function formProblems(form: Omit<FormInput, "easyRead"> & { easyRead?: boolean }): Issue[] {
  const langs = form.languages;
  const easy = form.easyRead === true;
  const issues: Issue[] = [];
  if (new Set(langs).size !== langs.length)
    issues.push({ path: ["languages"], message: "a language is listed twice" });
  issues.push(...textProblems(form.title, ["title"], langs));
  issues.push(...textProblems(form.intro, ["intro"], langs));
  issues.push(...textProblems(form.consent.text, ["consent", "text"], langs));
  issues.push(...textProblems(form.consent.easyRead, ["consent", "easyRead"], langs));
  if (easy && !form.consent.easyRead)
    issues.push({ path: ["consent", "easyRead"], message: "needs an easy-read text" });
  const ids = new Set<string>();
  form.questions.forEach((q, i) => {
    const path = ["questions", i];
    if (ids.has(q.id)) issues.push({ path: [...path, "id"], message: `"${q.id}" is used twice` });
    if ((RESERVED_FIELDS as readonly string[]).includes(q.id))
      issues.push({
        path: [...path, "id"],
        message: `"${q.id}" is reserved by the answering page`,
      });
    ids.add(q.id);
    for (const key of ["text", "easyRead", "hint"] as const)
      issues.push(...textProblems(q[key], [...path, key], langs));
    q.options?.forEach((o, j) => {
      issues.push(...textProblems(o.label, [...path, "options", j, "label"], langs));
      issues.push(...textProblems(o.easyRead, [...path, "options", j, "easyRead"], langs));
    });
    issues.push(...questionProblems(q, path, easy));
  });
  return issues;
}

/** A stored form, as the API answers. */
export const formSchema = z.object({
  id: z.string(),
  framework: z.string(),
  languages: z.array(z.string()),
  title: translated,
  intro: translated.optional(),
  consent: z.object({ text: translated, easyRead: translated.optional() }),
  easyRead: z.boolean(),
  questions: z.array(formQuestionSchema),
  status: z.enum(["open", "closed"]),
  submissions: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
});
/** A stored form. */
export type Form = z.infer<typeof formSchema>;
