import { z } from "zod";
import { MERLIN_RELATIONS, type MerlinRelation } from "./merlin.ts";
import type { MerlinResult, MerlinScores } from "./pbr-results.ts";
import { entityId } from "./primitives.ts";

/** Forms a respondent link can open: the Merlin partner survey, a partnership health assessment. */
export const RESPONDENT_FORMS = ["merlin", "assessment", "outcome_form"] as const;

/** A respondent link lasts this many days unless its creator says otherwise. */
export const RESPONDENT_LINK_DAYS = 30;
/** …and at most this many. */
export const RESPONDENT_LINK_MAX_DAYS = 366;

/** `POST …/respondent-links`: which form, about what, for which organisation, and how long. */
export const respondentLinkInputSchema = z.object({
  form: z.enum(RESPONDENT_FORMS).default("merlin"),
  /** The supply chain whose survey the link opens. */
  target: entityId,
  /** The organisation the respondent speaks for (one of the workspace's organisations). */
  organisation: z.string().min(1).max(200),
  relation: z.enum(MERLIN_RELATIONS).nullable().optional(),
  wave: z.string().trim().max(100).nullable().optional(),
  label: z.string().trim().max(200).nullable().optional(),
  /** True: one answer, then the link stops working; false: shared by many respondents. */
  singleUse: z.boolean().default(true),
  /** When the link stops working (ISO date-time); 30 days from now by default. */
  expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
});
/** What creating a respondent link takes. */
export type RespondentLinkInput = z.input<typeof respondentLinkInputSchema>;

/** A respondent link as listed (never its secret, which is shown once when made). */
export const respondentLinkSchema = z.object({
  id: z.string(),
  form: z.enum(RESPONDENT_FORMS),
  target: z.string(),
  organisation: z.string().nullable(),
  organisationName: z.string().nullable(),
  relation: z.enum(MERLIN_RELATIONS).nullable(),
  wave: z.string().nullable(),
  label: z.string().nullable(),
  singleUse: z.boolean(),
  uses: z.number().int(),
  state: z.enum(["active", "used", "expired", "revoked"]),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
/** A respondent link with its state. */
export type RespondentLink = z.infer<typeof respondentLinkSchema>;

/** What making a respondent link answers: the link and its URL, shown this once. */
export const respondentLinkCreatedSchema = z.object({
  respondentLink: respondentLinkSchema,
  /** The answering page's URL, holding the link's secret. */
  link: z.string(),
});

/** What making a respondent link answers. */
export type RespondentLinkCreated = z.infer<typeof respondentLinkCreatedSchema>;

/** One organisation's answers as an aggregate: withheld unless at least three, or the viewer's own. */
export interface MerlinOrganisationScores extends MerlinScores {
  /** Null for answers entered by members rather than through an organisation's link. */
  organisation: string | null;
  name: string | null;
  /** The viewer's own organisation (shown to its members whatever its size). */
  own: boolean;
}

/** The survey result a member sees: `MerlinResult` plus each organisation's aggregate. */
export interface MerlinResultView extends MerlinResult {
  byOrganisation: MerlinOrganisationScores[];
}

/** One raw answer (owners only). */
export interface MerlinRawResponse {
  id: string;
  relation: MerlinRelation;
  organisation: string | null;
  linkId: string | null;
  wave: string | null;
  answers: Record<string, number>;
  createdAt: string;
}
