/**
 * The appraisal document `partnerscope-appraisal/v1`: options for a partnership decision, each a set
 * of cash-flow lines incremental against doing nothing, plus discounting, optimism bias, barrier costs
 * (VAT, loan re-pricing, staff and pensions), multi-criteria weights and Monte Carlo settings
 * (docs/domain/README.md).
 */
import { z } from "zod";
import {
  type AppraisalLine,
  type AppraisalOption,
  appraisalOptionSchema,
  criterionSchema,
  discountSchema,
} from "./appraisal-lines.ts";
import { LIMITS } from "./limits.ts";
import { entityId, isoDate, name } from "./primitives.ts";

export * from "./appraisal-lines.ts";
export * from "./appraisal-staff.ts";

/** The identifier of the appraisal document format. */
export const APPRAISAL_FORMAT = "partnerscope-appraisal/v1";

/** The criterion computed from each option's NPV rather than scored by hand. */
export const NPV_CRITERION = "npv";

const optimismBiasSchema = z.object({
  costs: z.number().min(0, { message: "must not be negative" }).max(10).default(0),
  benefits: z
    .number()
    .min(0, { message: "must be between 0 and 1" })
    .max(1, { message: "must be between 0 and 1" })
    .default(0),
});

const monteCarloSchema = z.object({
  iterations: z
    .number()
    .int()
    .min(1, { message: "must be at least 1" })
    .max(LIMITS.appraisalIterations, {
      message: `must be at most ${LIMITS.appraisalIterations}`,
    }),
  seed: z.number().int({ message: "must be a whole number" }),
});

/** The whole appraisal document. */
export const appraisalSchema = z
  .object({
    format: z.literal(APPRAISAL_FORMAT, {
      message: `must be "${APPRAISAL_FORMAT}" (this is not a partnerscope appraisal file)`,
    }),
    title: name,
    notes: z.string().max(20000).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: "must be a three-letter currency code such as GBP" })
      .default("GBP"),
    baseDate: isoDate,
    horizonYears: z.number().int().min(1, { message: "must be at least 1" }).max(500),
    discount: discountSchema.default({ schedule: "green-book" }),
    optimismBias: optimismBiasSchema.default({ costs: 0, benefits: 0 }),
    options: z.array(appraisalOptionSchema).min(1, { message: "must list at least one option" }),
    criteria: z.array(criterionSchema).default([]),
    monteCarlo: monteCarloSchema.default({ iterations: 10_000, seed: 1 }),
    organisations: z.array(entityId).optional(),
    partnership: entityId.optional(),
    evidence: z.array(entityId).optional(),
  })
  .superRefine((doc, ctx) => {
    for (const issue of appraisalIssuesOf(doc)) ctx.addIssue({ code: "custom", ...issue });
  });
export type AppraisalDocument = z.infer<typeof appraisalSchema>;
export type AppraisalInput = z.input<typeof appraisalSchema>;

type Issue = { path: PropertyKey[]; message: string };
type Doc = Pick<AppraisalDocument, "horizonYears" | "options" | "criteria">;

function duplicates<T extends { id: string }>(items: readonly T[], at: PropertyKey[]): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else issues.push({ path: [...at, i, "id"], message: `id "${item.id}" is used twice` });
  });
  return issues;
}

function rangeIssues(line: AppraisalLine, at: PropertyKey[]): Issue[] {
  if (!line.range) return [];
  const { low, high } = line.range;
  if (low > high)
    return [{ path: [...at, "range"], message: `low (${low}) is above high (${high})` }];
  const base = line.kind === "one_off_cost" ? line.amount : line.annual;
  const field = line.kind === "one_off_cost" ? "amount" : "annual";
  if (base < low || base > high)
    return [{ path: [...at, field], message: `${base} lies outside its range ${low}–${high}` }];
  return [];
}

function yearIssues(line: AppraisalLine, horizon: number, at: PropertyKey[]): Issue[] {
  const issues: Issue[] = [];
  const first = line.kind === "one_off_cost" ? line.year : line.startYear;
  const field = line.kind === "one_off_cost" ? "year" : "startYear";
  if (first > horizon)
    issues.push({ path: [...at, field], message: `${first} is beyond the horizon (${horizon})` });
  if (line.kind !== "one_off_cost" && line.endYear !== undefined && line.endYear < line.startYear)
    issues.push({
      path: [...at, "endYear"],
      message: `${line.endYear} is before the start year (${line.startYear})`,
    });
  return issues;
}

function staffBarrierIssues(option: AppraisalOption, at: PropertyKey[], horizon: number): Issue[] {
  const barriers = option.staffBarriers ?? [];
  const issues = duplicates(barriers, [...at, "staffBarriers"]);
  barriers.forEach((b, j) => {
    const field = b.kind === "terms_harmonisation" ? "startYear" : "year";
    const first = b.kind === "terms_harmonisation" ? b.startYear : b.year;
    const path = [...at, "staffBarriers", j];
    if (first > horizon)
      issues.push({
        path: [...path, field],
        message: `${first} is beyond the horizon (${horizon})`,
      });
    if (b.kind === "terms_harmonisation" && b.endYear !== undefined && b.endYear < b.startYear)
      issues.push({
        path: [...path, "endYear"],
        message: `${b.endYear} is before the start year (${b.startYear})`,
      });
  });
  return issues;
}

function optionIssues(option: AppraisalOption, i: number, horizon: number): Issue[] {
  const at = ["options", i];
  const issues = duplicates(option.lines, [...at, "lines"]);
  option.lines.forEach((line, j) => {
    const lineAt = [...at, "lines", j];
    issues.push(...rangeIssues(line, lineAt), ...yearIssues(line, horizon, lineAt));
  });
  issues.push(...staffBarrierIssues(option, at, horizon));
  const from = option.loanRepricing?.fromYear;
  if (from !== undefined && from > horizon)
    issues.push({
      path: [...at, "loanRepricing", "fromYear"],
      message: `${from} is beyond the horizon (${horizon})`,
    });
  return issues;
}

function criteriaIssues(doc: Doc): Issue[] {
  const issues = duplicates(doc.criteria, ["criteria"]);
  if (doc.criteria.length > 0 && doc.criteria.every((c) => c.weight === 0))
    issues.push({ path: ["criteria"], message: "weights sum to 0: give at least one a weight" });
  doc.criteria.forEach((c, k) => {
    if (c.id === NPV_CRITERION) return;
    const scoredBy = doc.options.filter((o) => o.scores?.[c.id] !== undefined);
    if (scoredBy.length === 0)
      issues.push({
        path: ["criteria", k, "id"],
        message: `unknown criterion "${c.id}": no option scores it`,
      });
    else if (c.weight > 0)
      doc.options.forEach((o, i) => {
        if (o.scores?.[c.id] === undefined)
          issues.push({
            path: ["options", i, "scores", c.id],
            message: `option "${o.id}" has no score for weighted criterion "${c.id}"`,
          });
      });
  });
  return issues;
}

/**
 * Checks a parsed document for what zod's shapes cannot: ranges, years against the horizon,
 * duplicate ids and criteria that are not scored, each with its path.
 */
export function appraisalIssuesOf(doc: Doc): Issue[] {
  return [
    ...duplicates(doc.options, ["options"]),
    ...doc.options.flatMap((o, i) => optionIssues(o, i, doc.horizonYears)),
    ...criteriaIssues(doc),
  ];
}
