/**
 * Staff and pension barrier costs of an appraisal option (docs/domain/loans-and-savings.md): TUPE
 * transfer costs, harmonising terms and conditions, and pension liabilities such as the employer debt
 * due on leaving a multi-employer defined-benefit scheme. Each is a cost the option carries because
 * staff move between employers, stated from quantities people can check (heads × cost, an actuary's figure).
 */
import { z } from "zod";
import { entityId, name } from "./primitives.ts";

/** The kinds of staff and pension barrier cost. */
export const STAFF_BARRIER_KINDS = [
  "tupe_transfer",
  "terms_harmonisation",
  "pension_liability",
] as const;
export type StaffBarrierKind = (typeof STAFF_BARRIER_KINDS)[number];

/** Labels people read for staff and pension barrier kinds. */
export const STAFF_BARRIER_LABELS: Record<StaffBarrierKind, string> = {
  tupe_transfer: "TUPE transfer of staff (one-off)",
  terms_harmonisation: "Harmonising terms and conditions (yearly)",
  pension_liability: "Pension liability (e.g. employer debt on leaving a scheme)",
};

/** What each kind means and how it is costed, in plain words for the editor and reports. */
export const STAFF_BARRIER_EXPLANATIONS: Record<StaffBarrierKind, string> = {
  tupe_transfer:
    "When staff move to a new employer their contracts move with them (TUPE). Consultation, legal advice, due diligence on terms and payroll and HR changes cost money once: cost = staff transferring × cost per person, in the year of transfer.",
  terms_harmonisation:
    "Staff transferred under TUPE keep their terms; bringing different pay and conditions into line usually means levelling up: extra cost each year = staff affected × extra cost per person a year.",
  pension_liability:
    "An employer that stops having active members in a multi-employer defined-benefit scheme can trigger an employer debt (its share of the scheme's deficit on a buy-out basis), a live issue for housing association mergers. Enter the scheme actuary's figure; it is paid in the year given or spread evenly over several years. Keeping the employing organisation in the scheme (for example as a subsidiary in a group) can avoid it; tick 'avoided' if that is the plan.",
};

const amount = z
  .number()
  .finite({ message: "must be a finite number" })
  .min(0, { message: "must not be negative" });
const year = z
  .number()
  .int({ message: "must be a whole number of years" })
  .min(0, { message: "must not be negative" });
const staff = z
  .number()
  .int({ message: "must be a whole number of people" })
  .min(0, { message: "must not be negative" });
const base = { id: entityId, name: name.optional() };

/** TUPE transfer: staff × costPerPerson, once, in `year`. */
export const tupeTransferSchema = z.object({
  kind: z.literal("tupe_transfer"),
  ...base,
  staff,
  costPerPerson: amount,
  year,
});

/** Harmonising terms: staff × annualPerPerson every year from `startYear` to `endYear` (or the horizon). */
export const termsHarmonisationSchema = z.object({
  kind: z.literal("terms_harmonisation"),
  ...base,
  staff,
  annualPerPerson: amount,
  startYear: year,
  endYear: year.optional(),
});

/** A pension liability: `amount` paid from `year` in `spreadYears` equal parts, or nothing when avoided. */
export const pensionLiabilitySchema = z.object({
  kind: z.literal("pension_liability"),
  ...base,
  amount,
  year,
  spreadYears: z.number().int().min(1, { message: "must be at least 1" }).default(1),
  avoided: z.boolean().default(false),
});

/** One staff or pension barrier cost of an option. */
export const staffBarrierSchema = z.discriminatedUnion("kind", [
  tupeTransferSchema,
  termsHarmonisationSchema,
  pensionLiabilitySchema,
]);
export type StaffBarrier = z.infer<typeof staffBarrierSchema>;
