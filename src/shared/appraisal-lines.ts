/**
 * The parts of an appraisal document (`appraisal.ts`): saving sources and difficulties, cash-flow
 * lines, barrier costs (VAT, loan re-pricing, staff and pensions), options, discounting and criteria (docs/domain/README.md).
 */
import { z } from "zod";
import { staffBarrierSchema } from "./appraisal-staff.ts";
import { CONTINUUM_STAGES } from "./enums.ts";
import { entityId, name, share } from "./primitives.ts";

/** How hard a saving is to achieve (the paper's ladder for housing mergers; docs/domain/loans-and-savings.md). */
export const DIFFICULTIES = ["easy", "pretty_easy", "harder", "hardest"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Where a saving comes from. */
export const SAVING_SOURCES = [
  "external_procurement",
  "executive_team",
  "borrowing_costs",
  "operational_staff",
  "board_governance",
  "back_office",
  "property",
  "service_delivery",
  "fundraising",
  "other",
] as const;
export type SavingSource = (typeof SAVING_SOURCES)[number];

/** How services between partners bear VAT: separately (charged), in a VAT group, or exempt. */
export const VAT_REGIMES = ["separate", "vat_group", "cost_sharing_exemption"] as const;
export type VatRegime = (typeof VAT_REGIMES)[number];

/** Labels people read for difficulties. */
export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  easy: "Easy",
  pretty_easy: "Pretty easy",
  harder: "Harder",
  hardest: "Hardest",
};

/** Labels people read for saving sources. */
export const SAVING_SOURCE_LABELS: Record<SavingSource, string> = {
  external_procurement: "External procurement (insurance, fleet, energy)",
  executive_team: "Executive team consolidation",
  borrowing_costs: "Borrowing costs",
  operational_staff: "Operational staff restructuring",
  board_governance: "Board restructuring (non-executives, audit, regulation)",
  back_office: "Shared back office",
  property: "Property and offices",
  service_delivery: "Service delivery",
  fundraising: "Fundraising",
  other: "Other",
};

/** The difficulty the paper gives each source (housing mergers); a default the user may change. */
export const SOURCE_DIFFICULTY: Partial<Record<SavingSource, Difficulty>> = {
  external_procurement: "easy",
  executive_team: "pretty_easy",
  borrowing_costs: "harder",
  operational_staff: "harder",
  board_governance: "hardest",
};

/** Labels people read for VAT regimes. */
export const VAT_REGIME_LABELS: Record<VatRegime, string> = {
  separate: "Separate organisations (VAT charged)",
  vat_group: "VAT group (no charge)",
  cost_sharing_exemption: "Cost sharing exemption (from 17 July 2012)",
};

/** One optimism-bias preset: the share to add to costs (Green Book upper bounds; docs/domain/discounting.md). */
export interface OptimismBiasPreset {
  id: string;
  label: string;
  costs: number;
}

/** Green Book optimism-bias upper bounds on capital / operating cost, for the UI to offer. */
export const OPTIMISM_BIAS_PRESETS: readonly OptimismBiasPreset[] = [
  { id: "standard_buildings", label: "Standard buildings", costs: 0.24 },
  { id: "non_standard_buildings", label: "Non-standard buildings", costs: 0.51 },
  { id: "standard_civil_engineering", label: "Standard civil engineering", costs: 0.44 },
  { id: "non_standard_civil_engineering", label: "Non-standard civil engineering", costs: 0.66 },
  { id: "equipment_development", label: "Equipment and development", costs: 2.0 },
  { id: "outsourcing", label: "Outsourcing (operating cost)", costs: 0.41 },
];

const money = z.number().finite({ message: "must be a finite number" });
const amount = money.min(0, { message: "must not be negative" });
const year = z.number().int({ message: "must be a whole number of years" });
const evidence = z.array(entityId).optional();

/** A plausible range for an amount: low and high (the base value is the most likely). */
export const rangeSchema = z.object({ low: amount, high: amount });
export type AppraisalRange = z.infer<typeof rangeSchema>;

const lineBase = { id: entityId, name: name.optional(), range: rangeSchema.optional(), evidence };

/** A saving: ramps up linearly over `rampYears` from `startYear`, realised with `probability`. */
export const savingLineSchema = z.object({
  kind: z.literal("saving"),
  ...lineBase,
  source: z.enum(SAVING_SOURCES),
  difficulty: z.enum(DIFFICULTIES),
  annual: amount,
  startYear: year.min(1, { message: "must be 1 or later (year 0 is the decision year)" }),
  rampYears: year.min(1, { message: "must be at least 1" }).default(1),
  endYear: year.optional(),
  probability: share.default(1),
});

/** A cost paid every year from `startYear` to `endYear` (or the horizon). */
export const recurringCostLineSchema = z.object({
  kind: z.literal("recurring_cost"),
  ...lineBase,
  annual: amount,
  startYear: year.min(0, { message: "must not be negative" }),
  endYear: year.optional(),
});

/** A cost paid once, in `year`. */
export const oneOffCostLineSchema = z.object({
  kind: z.literal("one_off_cost"),
  ...lineBase,
  amount,
  year: year.min(0, { message: "must not be negative" }),
});

/** One cash-flow line of an option. */
export const appraisalLineSchema = z.discriminatedUnion("kind", [
  savingLineSchema,
  recurringCostLineSchema,
  oneOffCostLineSchema,
]);
export type AppraisalLine = z.infer<typeof appraisalLineSchema>;
export type SavingLine = z.infer<typeof savingLineSchema>;
export type RecurringCostLine = z.infer<typeof recurringCostLineSchema>;
export type OneOffCostLine = z.infer<typeof oneOffCostLineSchema>;

/** Irrecoverable VAT on services charged between partners. */
export const vatSchema = z.object({
  regime: z.enum(VAT_REGIMES),
  chargedServicesPerYear: amount,
});
export type AppraisalVat = z.infer<typeof vatSchema>;

/** A lender re-pricing the whole loan book after a 'material event' (docs/domain/loans-and-savings.md). */
export const loanRepricingSchema = z.object({
  debt: amount,
  rateIncrease: z.number().min(0, { message: "must not be negative" }).max(1),
  fromYear: year.min(0, { message: "must not be negative" }),
  avoided: z.boolean().default(false),
});
export type LoanRepricing = z.infer<typeof loanRepricingSchema>;

const score = z.number().min(0, { message: "must be between 0 and 10" }).max(10, {
  message: "must be between 0 and 10",
});

/** One option: a way of partnering, placed on the continuum, with its lines. */
export const appraisalOptionSchema = z.object({
  id: entityId,
  name,
  stage: z
    .number()
    .int()
    .refine((s) => (CONTINUUM_STAGES as readonly number[]).includes(s), {
      message: "must be a continuum stage 0–7",
    }),
  notes: z.string().max(20000).optional(),
  lines: z.array(appraisalLineSchema).default([]),
  vat: vatSchema.optional(),
  loanRepricing: loanRepricingSchema.optional(),
  /** TUPE transfers, harmonising terms and pension liabilities (appraisal-staff.ts). */
  staffBarriers: z.array(staffBarrierSchema).optional(),
  scores: z.record(z.string(), score).optional(),
  evidence,
});
export type AppraisalOption = z.infer<typeof appraisalOptionSchema>;

/** Discounting: the Green Book schedule or one constant real rate. */
export const discountSchema = z.union([
  z.object({ schedule: z.literal("green-book") }).strict(),
  z.object({ rate: z.number().gt(-1, { message: "must be greater than -1" }).lt(10) }).strict(),
]);
export type Discount = z.infer<typeof discountSchema>;

/** A criterion and its weight; `npv` is computed, others come from each option's scores. */
export const criterionSchema = z.object({
  id: entityId,
  weight: z.number().min(0, { message: "must not be negative" }).finite(),
});
export type Criterion = z.infer<typeof criterionSchema>;
