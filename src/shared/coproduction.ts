import { z } from "zod";
import { entityId, isoDate, name } from "./primitives.ts";

/** The stages of a co-production project, in the order the Joined-up Services process runs them. */
export const COPRODUCTION_STAGES = [
  "steering_group",
  "community_voice",
  "researchers_trained",
  "research_audit",
  "co_design",
  "delivery",
  "evaluation",
] as const;

/** One stage of a co-production project. */
export type CoproductionStageName = (typeof COPRODUCTION_STAGES)[number];

/** How each stage is named in the product's language. */
export const COPRODUCTION_STAGE_LABELS: Record<CoproductionStageName, string> = {
  steering_group: "Steering group formed",
  community_voice: "Community voice gathered",
  researchers_trained: "Community researchers trained",
  research_audit: "Community research and service audit",
  co_design: "Co-design of the service",
  delivery: "Delivery",
  evaluation: "Evaluation",
};

/**
 * The typical project the paper describes (about 18 months and about £150,000): an assumption that
 * every comparison shows beside its result, not a measured benchmark.
 */
export const TYPICAL_COPRODUCTION = {
  months: 18,
  cost: 150_000,
  currency: "GBP",
  assumption:
    "A typical Joined-up Services co-production project took about 18 months and cost about £150,000 (the paper's round figures, not a measured average).",
} as const;

/** Days in the mean calendar month (365.25 / 12): durations in months are days ÷ this. */
export const DAYS_PER_MONTH = 30.4375;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: "must not be empty" })
    .max(max, { message: `must be at most ${max} characters` });
const amount = z
  .number()
  .refine(Number.isFinite, { message: "must be a finite number" })
  .refine((n) => n >= 0, { message: "must not be negative" });

/** A person involved in a stage, by name and role (never an account). */
export const stagePersonSchema = z.object({ name, role: z.string().trim().max(500).default("") });

/** An organisation of the workspace involved in a stage, with its role. */
export const stageOrganisationSchema = z.object({
  organisation: entityId,
  role: z.string().trim().max(500).default(""),
});

/** One cost of a stage, in the project's currency. */
export const stageCostSchema = z.object({ description: text(500), amount });

/** A link to evidence outside the workspace (a report, minutes, photographs). */
export const stageLinkSchema = z.object({
  title: text(500),
  url: z.url({ protocol: /^https?$/, message: "must be an http(s) address" }),
});

/** One stage: who took part, when, what it cost, what it produced and the evidence of it. */
export const coproductionStageSchema = z
  .object({
    stage: z.enum(COPRODUCTION_STAGES),
    start: isoDate.nullable().default(null),
    end: isoDate.nullable().default(null),
    people: z.array(stagePersonSchema).max(500).default([]),
    organisations: z.array(stageOrganisationSchema).max(500).default([]),
    costs: z.array(stageCostSchema).max(500).default([]),
    outputs: z.array(text(2000)).max(500).default([]),
    /** Evidence items of the workspace, by id. */
    evidence: z.array(entityId).max(500).default([]),
    links: z.array(stageLinkSchema).max(500).default([]),
    /** The evaluation stage's value map, by id (only the evaluation stage holds one). */
    valueMap: entityId.nullable().default(null),
  })
  .superRefine((s, ctx) => {
    if (s.start && s.end && s.end < s.start)
      ctx.addIssue({ code: "custom", path: ["end"], message: "must not be before the start" });
    if (s.valueMap && s.stage !== "evaluation")
      ctx.addIssue({
        code: "custom",
        path: ["valueMap"],
        message: "only the evaluation stage holds a value map",
      });
  });

const rank = z
  .number()
  .int({ message: "must be a whole number" })
  .min(1, { message: "must be 1 or more" })
  .nullable()
  .default(null);

/** A co-design proposal and the rank each side gave it (1 = first choice; equal ranks are ties). */
export const coproductionProposalSchema = z.object({
  id: entityId,
  title: text(500),
  description: z.string().max(20000).default(""),
  communityRank: rank,
  steeringRank: rank,
});

function uniqueBy<T>(items: T[], key: (t: T) => string, ctx: z.RefinementCtx, path: string) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k))
      ctx.addIssue({ code: "custom", path: [path, i], message: `"${k}" is repeated` });
    seen.add(k);
  });
}

/** A co-production project as a caller sends it: one partnership, each stage at most once. */
export const coproductionProjectInputSchema = z
  .object({
    title: text(500),
    partnership: entityId,
    description: z.string().max(20000).default(""),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: "must be a three-letter code" })
      .default("GBP"),
    stages: z.array(coproductionStageSchema).max(COPRODUCTION_STAGES.length).default([]),
    proposals: z.array(coproductionProposalSchema).max(200).default([]),
  })
  .superRefine((p, ctx) => {
    uniqueBy(p.stages, (s) => s.stage, ctx, "stages");
    uniqueBy(p.proposals, (x) => x.id, ctx, "proposals");
  });

/** A checked project input. */
export type CoproductionProjectInput = z.infer<typeof coproductionProjectInputSchema>;
/** One checked stage. */
export type CoproductionStage = z.infer<typeof coproductionStageSchema>;
/** One checked proposal. */
export type CoproductionProposal = z.infer<typeof coproductionProposalSchema>;
