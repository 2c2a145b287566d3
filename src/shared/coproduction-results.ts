import { z } from "zod";
import {
  COPRODUCTION_STAGES,
  coproductionProposalSchema,
  coproductionStageSchema,
} from "./coproduction.ts";

const num = z.number();
const nullableNum = z.number().nullable();
const nullableDate = z.string().nullable();

/** One stage on the timeline: its days from the project's first day, its length and its cost. */
export const timelineStageSchema = z.object({
  stage: z.enum(COPRODUCTION_STAGES),
  start: nullableDate,
  end: nullableDate,
  offsetDays: nullableNum,
  days: nullableNum,
  cost: num,
});

/** The project's timeline: first and last day, length in days and months, each stage. */
export const coproductionTimelineSchema = z.object({
  start: nullableDate,
  end: nullableDate,
  days: nullableNum,
  months: nullableNum,
  stages: z.array(timelineStageSchema),
});

/** Cost and duration against the typical project, with the assumption behind the comparison. */
export const coproductionComparisonSchema = z.object({
  cost: num,
  months: nullableNum,
  typicalCost: num,
  typicalMonths: num,
  costDifference: num,
  costRatio: num,
  monthsDifference: nullableNum,
  monthsRatio: nullableNum,
  costPerMonth: nullableNum,
  typicalCostPerMonth: num,
  assumption: z.string(),
});

/** How the community and the steering group ranked one proposal. */
export const proposalAgreementSchema = z.object({
  id: z.string(),
  title: z.string(),
  communityRank: nullableNum,
  steeringRank: nullableNum,
  /** Community rank minus steering group rank: negative when the community put it higher. */
  difference: nullableNum,
  agreement: z.enum(["same", "close", "differ", "not_ranked_by_both"]),
});

/** Agreement between the two rankings over the proposals both ranked. */
export const rankAgreementSchema = z.object({
  compared: num,
  spearman: nullableNum,
  kendall: nullableNum,
  band: z.enum(["agree", "partly_agree", "little_agreement", "disagree"]).nullable(),
  proposals: z.array(proposalAgreementSchema),
});

/** Everything the co-production page shows beside the project itself. */
export const coproductionAnalysisSchema = z.object({
  timeline: coproductionTimelineSchema,
  comparison: coproductionComparisonSchema,
  ranking: rankAgreementSchema,
});

/** A stored project as the API returns it. */
export const coproductionProjectSchema = z.object({
  id: z.string(),
  title: z.string(),
  partnership: z.string(),
  description: z.string(),
  currency: z.string(),
  stages: z.array(coproductionStageSchema),
  proposals: z.array(coproductionProposalSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
});

/** A project with its partnership's and value map's names and its analysis. */
export const coproductionProjectViewSchema = coproductionProjectSchema.extend({
  partnershipName: z.string(),
  valueMap: z.object({ id: z.string(), title: z.string() }).nullable(),
  analysis: coproductionAnalysisSchema,
});

/** A project in a list. */
export const coproductionProjectSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  partnership: z.string(),
  stages: num,
  cost: num,
  start: nullableDate,
  end: nullableDate,
  valueMap: z.string().nullable(),
  updatedAt: z.string(),
});

/** The timeline. */
export type CoproductionTimeline = z.infer<typeof coproductionTimelineSchema>;
/** The comparison with the typical project. */
export type CoproductionComparison = z.infer<typeof coproductionComparisonSchema>;
/** Agreement between the rankings. */
export type RankAgreement = z.infer<typeof rankAgreementSchema>;
/** The analysis of a project. */
export type CoproductionAnalysis = z.infer<typeof coproductionAnalysisSchema>;
/** A project as the API returns it. */
export type CoproductionProjectView = z.infer<typeof coproductionProjectViewSchema>;
/** A project in a list. */
export type CoproductionProjectSummary = z.infer<typeof coproductionProjectSummarySchema>;
