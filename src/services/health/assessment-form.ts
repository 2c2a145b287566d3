import type { Instrument } from "../../shared/instruments.ts";
import type { Problem } from "../../shared/problems.ts";

/** The value of the "Don't know" choice: the item is left unanswered. */
export const DONT_KNOW = "skip";
/** Field names of pairwise ratings: `rate-<organisation id>`. */
export const RATE_PREFIX = "rate-";

/** What the answering form sends: field name → value, as typed. */
export type AnswerValues = Readonly<Record<string, string | undefined>>;

/** A checked form: the answers and ratings to store, or a problem per field (path = field). */
export type AnswerCheck =
  | { ok: true; answers: Record<string, number | null>; ratings: Record<string, number> | null }
  | { ok: false; problems: Problem[] };

/** Who answers and whom they may rate. */
export interface AnswerContext {
  instrument: Instrument;
  /** The partner organisation the link speaks for. */
  own: string;
  /** Every partner of the assessment, with its name. */
  partners: { id: string; name: string | null }[];
}

const scaleText = (i: Instrument) => `${i.scale.min}–${i.scale.max}`;

/** A value on the scale, "Don't know" (null), or why not. */
function scaleValueOf(raw: string, instrument: Instrument): number | null | string {
  if (raw === DONT_KNOW) return null;
  const n = /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  const { min, max } = instrument.scale;
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  return `“${raw}” is outside the scale ${scaleText(instrument)}`;
}

/** Fields the form does not have: an unknown item, a non-partner, one's own organisation. */
function strangers(c: AnswerContext, values: AnswerValues): Problem[] {
  const items = new Set(c.instrument.items.map((i) => i.id));
  const partners = new Set(c.partners.map((p) => p.id));
  const problems: Problem[] = [];
  for (const field of Object.keys(values)) {
    if (items.has(field)) continue;
    const ratee = field.startsWith(RATE_PREFIX) ? field.slice(RATE_PREFIX.length) : null;
    if (ratee !== null && c.instrument.kind === "pairwise" && partners.has(ratee)) {
      if (ratee === c.own)
        problems.push({
          path: field,
          message: `Your organisation cannot rate itself (“${field}”)`,
        });
      continue;
    }
    problems.push({ path: field, message: `“${field}” is not an item of this assessment` });
  }
  return problems;
}

/**
 * Checks an assessment answering form: every item needs a whole number on the scale or "Don't
 * know"; on a pairwise instrument each other partner needs a level or "Don't know"; at least one
 * answer; no field the form does not show. Problems name the item or partner in plain words.
 */
export function assessmentFormCheck(c: AnswerContext, values: AnswerValues): AnswerCheck {
  const problems = strangers(c, values);
  const answers: Record<string, number | null> = {};
  for (const item of c.instrument.items) {
    const raw = values[item.id];
    const v =
      raw === undefined ? "Choose an answer, or “Don’t know”" : scaleValueOf(raw, c.instrument);
    if (typeof v === "string") problems.push({ path: item.id, message: `“${item.text}”: ${v}` });
    else answers[item.id] = v;
  }
  const ratings: Record<string, number> = {};
  if (c.instrument.kind === "pairwise")
    for (const p of c.partners.filter((x) => x.id !== c.own)) {
      const field = `${RATE_PREFIX}${p.id}`;
      const raw = values[field];
      const v =
        raw === undefined ? "Choose a level, or “Don’t know”" : scaleValueOf(raw, c.instrument);
      const who = p.name ?? p.id;
      if (typeof v === "string") problems.push({ path: field, message: `${who}: ${v}` });
      else if (v !== null) ratings[p.id] = v;
    }
  const answered =
    Object.values(answers).some((v) => v !== null) || Object.keys(ratings).length > 0;
  if (problems.length === 0 && !answered)
    problems.push({
      path:
        c.instrument.items[0]?.id ?? `${RATE_PREFIX}${c.partners.find((p) => p.id !== c.own)?.id}`,
      message: "Answer at least one question: you chose “Don’t know” for all of them",
    });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, answers, ratings: c.instrument.kind === "pairwise" ? ratings : null };
}
