import { z } from "zod";

/** The Merlin Standard's eight principles of supply-chain management (docs/domain/work-programme.md). */
export const MERLIN_PRINCIPLES = [
  { id: "design", name: "Design" },
  { id: "procure", name: "Procure" },
  { id: "contract", name: "Contract" },
  { id: "funding", name: "Funding" },
  { id: "develop", name: "Develop" },
  { id: "performance-manage", name: "Performance Manage" },
  { id: "qa-compliance", name: "QA and Compliance" },
  { id: "review-close", name: "Review and Close" },
] as const;
export type MerlinPrincipleId = (typeof MERLIN_PRINCIPLES)[number]["id"];

/** How a respondent relates to the supply chain: answers are grouped by it, never by name. */
export const MERLIN_RELATIONS = ["past", "present", "potential"] as const;
export type MerlinRelation = (typeof MERLIN_RELATIONS)[number];

/** Labels of the relations, for forms and results. */
export const MERLIN_RELATION_LABELS: Record<MerlinRelation, string> = {
  past: "Past partner",
  present: "Present partner",
  potential: "Potential partner",
};

/** Our own bands for a principle's percentage (not the Merlin Standard's): lower bounds, best first. */
export const MERLIN_BANDS = [
  { band: "Excellent", from: 80 },
  { band: "Good", from: 60 },
  { band: "Needs improvement", from: 40 },
  { band: "Poor", from: 0 },
] as const;
export type MerlinBand = (typeof MERLIN_BANDS)[number]["band"];

/** A survey statement, answered on a 1–5 agreement scale. */
export interface MerlinItem {
  id: string;
  principle: MerlinPrincipleId;
  text: string;
}

// Our own statements, written for partnerscope: they paraphrase what each principle asks of a prime,
// not the Merlin Standard's assessment questions.
/** The survey's statements, 2–3 per principle. */
export const MERLIN_ITEMS: MerlinItem[] = [
  {
    id: "design-1",
    principle: "design",
    text: "The prime involved us in designing the service before it was bid for.",
  },
  {
    id: "design-2",
    principle: "design",
    text: "The supply chain was designed around what participants need, not only around price.",
  },
  {
    id: "procure-1",
    principle: "procure",
    text: "The prime's selection of partners was open, fair and clearly explained.",
  },
  {
    id: "procure-2",
    principle: "procure",
    text: "Small and specialist organisations had a real chance of being chosen.",
  },
  {
    id: "contract-1",
    principle: "contract",
    text: "Our subcontract terms were clear and agreed before delivery started.",
  },
  {
    id: "contract-2",
    principle: "contract",
    text: "Risk is shared fairly between the prime and its partners.",
  },
  {
    id: "contract-3",
    principle: "contract",
    text: "Referral volumes promised in the contract were honoured.",
  },
  { id: "funding-1", principle: "funding", text: "Payments reach us on time and as agreed." },
  {
    id: "funding-2",
    principle: "funding",
    text: "The prime's management fee is transparent and matches the support it gives.",
  },
  {
    id: "develop-1",
    principle: "develop",
    text: "The prime helps us build our capacity (systems, training, quality).",
  },
  {
    id: "develop-2",
    principle: "develop",
    text: "Good practice is shared openly across the supply chain.",
  },
  {
    id: "performance-manage-1",
    principle: "performance-manage",
    text: "Performance targets are realistic and take our participants' needs into account.",
  },
  {
    id: "performance-manage-2",
    principle: "performance-manage",
    text: "Performance information is shared with us promptly and accurately.",
  },
  {
    id: "qa-compliance-1",
    principle: "qa-compliance",
    text: "Audits and compliance checks are proportionate to our size.",
  },
  {
    id: "qa-compliance-2",
    principle: "qa-compliance",
    text: "Requirements are not duplicated between the prime and the commissioner.",
  },
  {
    id: "review-close-1",
    principle: "review-close",
    text: "The prime reviews the partnership with us and acts on what it learns.",
  },
  {
    id: "review-close-2",
    principle: "review-close",
    text: "When a subcontract ends, it ends fairly, with notice and without loss to participants.",
  },
];

/** Agreement scale: 1 strongly disagree … 5 strongly agree. */
export const MERLIN_SCALE = [
  { value: 1, label: "Strongly disagree" },
  { value: 2, label: "Disagree" },
  { value: 3, label: "Neither" },
  { value: 4, label: "Agree" },
  { value: 5, label: "Strongly agree" },
] as const;

const itemIds = new Set(MERLIN_ITEMS.map((item) => item.id));

/** One confidential response: the relation and an agreement 1–5 per answered item (no names). */
export const merlinResponseSchema = z.object({
  relation: z.enum(MERLIN_RELATIONS, { message: "must be past, present or potential" }),
  answers: z
    .record(
      z.string().refine((id) => itemIds.has(id), { message: "is not a survey statement" }),
      z
        .number()
        .int({ message: "must be a whole number 1–5" })
        .min(1, { message: "must be 1–5" })
        .max(5, { message: "must be 1–5" }),
    )
    .refine((answers) => Object.keys(answers).length > 0, {
      message: "must answer at least one statement",
    }),
});
export type MerlinResponseInput = z.infer<typeof merlinResponseSchema>;
