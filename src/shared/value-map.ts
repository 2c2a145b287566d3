/**
 * The value map document `partnerscope-valuemap/v1`: an SROI / cost-benefit value map with inputs and
 * outcomes tagged by perspective (docs/domain/social-value.md, decision 0012).
 */
import { z } from "zod";
import { discountSchema } from "./appraisal-lines.ts";
import { entityId, isoDate, name, share } from "./primitives.ts";

/** The identifier of the value map document format. */
export const VALUE_MAP_FORMAT = "partnerscope-valuemap/v1";

/** Who set an outcome (the same vocabulary as outcome frameworks). */
export const OUTCOME_SET_BY = [
  "commissioner",
  "provider",
  "partners",
  "users",
  "co_produced",
] as const;

const text = z.string().trim().min(1, { message: "must not be empty" }).max(2000);
const amount = z.number().min(0, { message: "must not be negative" }).max(1e15);
const year = z
  .number()
  .int({ message: "must be a whole number" })
  .min(0, { message: "must not be negative" });
const lowHigh = z.object({ low: amount, high: amount });

const perspectiveSchema = z.object({ id: entityId, name });

const inputSchema = z.object({
  id: entityId,
  stakeholder: text,
  description: text,
  amount,
  year: year.max(300).default(0),
  perspectives: z.array(entityId).min(1, { message: "must name at least one perspective" }),
});

const outcomeSchema = z.object({
  id: entityId,
  stakeholder: text,
  outcome: text,
  indicator: text,
  setBy: z.enum(OUTCOME_SET_BY, { message: `must be one of ${OUTCOME_SET_BY.join(", ")}` }),
  quantity: amount,
  proxy: z.object({
    value: amount,
    source: z.string().max(2000),
    confidence: z
      .number()
      .int()
      .min(1, { message: "must be 1–5" })
      .max(5, { message: "must be 1–5" })
      .optional(),
  }),
  deadweight: share,
  displacement: share,
  attribution: share,
  dropOff: share,
  startYear: year.max(300).default(1),
  durationYears: z
    .number()
    .int({ message: "must be a whole number" })
    .min(1, { message: "must be at least 1" })
    .max(200),
  perspectives: z.array(entityId).min(1, { message: "must name at least one perspective" }),
  range: z.object({ quantity: lowHigh.optional(), proxy: lowHigh.optional() }).optional(),
});

/** The whole value map document. */
export const valueMapSchema = z
  .object({
    format: z.literal(VALUE_MAP_FORMAT, {
      message: `must be "${VALUE_MAP_FORMAT}" (this is not a partnerscope value map)`,
    }),
    title: name,
    notes: z.string().max(20000).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: "must be a three-letter currency code such as GBP" }),
    baseDate: isoDate,
    discount: discountSchema,
    perspectives: z
      .array(perspectiveSchema)
      .min(1, { message: "must list at least one perspective" }),
    inputs: z.array(inputSchema),
    outcomes: z.array(outcomeSchema),
  })
  .superRefine((doc, ctx) => {
    for (const issue of valueMapIssuesOf(doc)) ctx.addIssue({ code: "custom", ...issue });
  });
export type ValueMapDocument = z.infer<typeof valueMapSchema>;
export type ValueMapInput = z.input<typeof valueMapSchema>;
export type ValueMapOutcome = ValueMapDocument["outcomes"][number];
export type ValueMapInputLine = ValueMapDocument["inputs"][number];

type Issue = { path: PropertyKey[]; message: string };
type Doc = Pick<ValueMapDocument, "perspectives" | "inputs" | "outcomes">;

function duplicateIds(items: readonly { id: string }[], list: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id))
      issues.push({ path: [list, i, "id"], message: "repeats an id used earlier in the list" });
    seen.add(item.id);
  });
  return issues;
}

function unknownPerspectives(doc: Doc, list: "inputs" | "outcomes"): Issue[] {
  const known = new Set(doc.perspectives.map((p) => p.id));
  const issues: Issue[] = [];
  doc[list].forEach((item, i) =>
    item.perspectives.forEach((id, k) => {
      if (!known.has(id))
        issues.push({
          path: [list, i, "perspectives", k],
          message: "is not the id of a perspective of this value map",
        });
    }),
  );
  return issues;
}

function rangeIssues(doc: Doc): Issue[] {
  const issues: Issue[] = [];
  doc.outcomes.forEach((o, i) => {
    const checks = [
      ["quantity", o.quantity, o.range?.quantity],
      ["proxy", o.proxy.value, o.range?.proxy],
    ] as const;
    for (const [key, stated, range] of checks)
      if (range && !(range.low <= stated && stated <= range.high))
        issues.push({
          path: ["outcomes", i, "range", key],
          message: `must have low ≤ the stated value ≤ high (low ${range.low}, stated ${stated}, high ${range.high})`,
        });
  });
  return issues;
}

/** Cross-field rules zod's shapes cannot say: unique ids, known perspectives, ranges around the value. */
export function valueMapIssuesOf(doc: Doc): Issue[] {
  return [
    ...duplicateIds(doc.perspectives, "perspectives"),
    ...duplicateIds(doc.inputs, "inputs"),
    ...duplicateIds(doc.outcomes, "outcomes"),
    ...unknownPerspectives(doc, "inputs"),
    ...unknownPerspectives(doc, "outcomes"),
    ...rangeIssues(doc),
  ];
}
