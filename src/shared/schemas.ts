import { z } from "zod";
import {
  DIRECTIONS,
  EVENT_TYPES,
  EVIDENCE_KINDS,
  FORMS,
  FUNCTIONS,
  NATIONS,
  ORGANISATION_KINDS,
  ORIGINS,
  PAYMENT_MECHANISMS,
  ROLES,
  SECTORS,
  THEMES,
} from "./enums.ts";
import {
  entityId,
  isoDate,
  name,
  optionalDate,
  optionalRef,
  optionalText,
  share,
  title,
  workspaceSlug,
} from "./primitives.ts";

/** A workspace: every stored row belongs to exactly one. */
export const workspaceSchema = z.object({ slug: workspaceSlug, name });
export type Workspace = z.infer<typeof workspaceSchema>;

/** An identifier in another register (org-id.guide scheme + id). */
export const identifierSchema = z.object({
  scheme: z.string().trim().min(1, { message: "must not be empty" }).max(50),
  id: z.string().trim().min(1, { message: "must not be empty" }).max(200),
});
export type Identifier = z.infer<typeof identifierSchema>;

const amount = z.number().min(0, { message: "must not be negative" }).nullable().default(null);

/** An organisation's size in one year. */
export const factSchema = z.object({
  year: z.number().int().min(1800).max(2200),
  homes: amount,
  turnover: amount,
  staff: amount,
});
export type Fact = z.infer<typeof factSchema>;

/** An organisation: a charity, housing association, commissioner, prime contractor, lender… */
export const organisationSchema = z
  .object({
    id: entityId,
    name,
    otherNames: z.array(name).default([]),
    sector: z.enum(SECTORS),
    kind: z.enum(ORGANISATION_KINDS),
    nation: z.enum(NATIONS).nullable().default(null),
    fields: z.array(z.string().trim().min(1).max(200)).default([]),
    identifiers: z.array(identifierSchema).default([]),
    illustrative: z.boolean().default(false),
    facts: z.array(factSchema).default([]),
  })
  .superRefine((o, ctx) => {
    const years = new Set<number>();
    o.facts.forEach((f, i) => {
      if (years.has(f.year))
        ctx.addIssue({
          code: "custom",
          path: ["facts", i, "year"],
          message: `year ${f.year} appears twice`,
        });
      years.add(f.year);
    });
  });
export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationInput = z.input<typeof organisationSchema>;

/** Whether one function of the partners is run jointly (the 'Association' keeps finance separate). */
export const integrationSchema = z.object({
  function: z.string().trim().min(1, { message: "must not be empty" }).max(200),
  integrated: z.boolean(),
});
export type Integration = z.infer<typeof integrationSchema>;

/** An organisation's part in a partnership. */
export const membershipSchema = z.object({
  organisation: entityId,
  role: z.enum(ROLES),
  joined: optionalDate,
  left: optionalDate,
  shareOfValue: share.nullable().default(null),
  shareOfTurnover: share.nullable().default(null),
  shareOfStaff: share.nullable().default(null),
});
export type Membership = z.infer<typeof membershipSchema>;

function checkOrder(
  ctx: z.RefinementCtx,
  from: string | null,
  to: string | null,
  path: (string | number)[],
  what: string,
) {
  if (from && to && to < from)
    ctx.addIssue({ code: "custom", path, message: `must not be before ${what} (${from})` });
}

/** A partnership of any form, placed on the continuum. */
export const partnershipSchema = z
  .object({
    id: entityId,
    name,
    form: z.enum(FORMS),
    direction: z.enum(DIRECTIONS),
    origin: z.enum(ORIGINS),
    stage: z.number().int().min(0).max(7),
    functions: z.array(z.enum(FUNCTIONS)).default([]),
    commissioner: optionalRef,
    start: optionalDate,
    end: optionalDate,
    description: optionalText,
    integration: z.array(integrationSchema).default([]),
    members: z.array(membershipSchema).default([]),
  })
  .superRefine((p, ctx) => {
    checkOrder(ctx, p.start, p.end, ["end"], "start");
    p.members.forEach((m, i) => {
      checkOrder(ctx, m.joined, m.left, ["members", i, "left"], "joined");
    });
    const seen = new Set<string>();
    p.members.forEach((m, i) => {
      const key = `${m.organisation}|${m.role}|${m.joined ?? ""}`;
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["members", i],
          message: `${m.organisation} is listed twice as ${m.role} from the same date`,
        });
      seen.add(key);
    });
  });
export type Partnership = z.infer<typeof partnershipSchema>;
export type PartnershipInput = z.input<typeof partnershipSchema>;

/** Something that happened in a partnership's or organisation's life-cycle. */
export const lifecycleEventSchema = z
  .object({
    id: entityId,
    date: isoDate,
    type: z.enum(EVENT_TYPES),
    partnership: optionalRef,
    organisations: z.array(entityId).default([]),
    dissolves: z.array(entityId).default([]),
    stage: z.number().int().min(0).max(7).nullable().default(null),
    note: optionalText,
  })
  .superRefine((e, ctx) => {
    e.dissolves.forEach((d, i) => {
      if (!e.organisations.includes(d))
        ctx.addIssue({
          code: "custom",
          path: ["dissolves", i],
          message: `${d} is dissolved but not among the event's organisations`,
        });
    });
    if ((e.type === "deepened" || e.type === "loosened") && e.stage === null)
      ctx.addIssue({
        code: "custom",
        path: ["stage"],
        message: `a ${e.type} event needs the new continuum stage (0–7)`,
      });
  });
export type LifecycleEvent = z.infer<typeof lifecycleEventSchema>;
export type LifecycleEventInput = z.input<typeof lifecycleEventSchema>;

/** An organisation delivering a contract, with its role (prime, tier1…). */
export const providerSchema = z.object({ organisation: entityId, role: z.enum(ROLES) });
export type Provider = z.infer<typeof providerSchema>;

/** A contract or grant from a commissioner to providers. */
export const contractSchema = z
  .object({
    id: entityId,
    title,
    commissioner: optionalRef,
    providers: z.array(providerSchema).default([]),
    paymentMechanism: z.enum(PAYMENT_MECHANISMS),
    value: amount,
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: "must be a three-letter currency code such as GBP" })
      .default("GBP"),
    start: optionalDate,
    end: optionalDate,
    partnership: optionalRef,
  })
  .superRefine((c, ctx) => checkOrder(ctx, c.start, c.end, ["end"], "start"));
export type Contract = z.infer<typeof contractSchema>;
export type ContractInput = z.input<typeof contractSchema>;

/** A quote, document, metric or observation, coded to themes. */
export const evidenceItemSchema = z.object({
  id: entityId,
  kind: z.enum(EVIDENCE_KINDS),
  text: z.string().trim().min(1, { message: "must not be empty" }).max(20000),
  source: z.string().trim().min(1, { message: "must name where it comes from" }).max(1000),
  date: optionalDate,
  themes: z.array(z.enum(THEMES)).default([]),
  partnership: optionalRef,
  organisation: optionalRef,
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;
export type EvidenceItemInput = z.input<typeof evidenceItemSchema>;
