import { z } from "zod";
import { entityId } from "./primitives.ts";
import { respondentLinkSchema } from "./respondents.ts";

/** `POST …/assessments/:id/links`: a link for one partner organisation to answer one wave. */
export const assessmentLinkInputSchema = z.strictObject({
  /** The partner organisation the respondents speak for (a partner of the assessment). */
  organisation: entityId,
  /** The wave the answers belong to (it must be open). */
  wave: entityId,
  label: z.string().trim().max(200).nullable().optional(),
  /** True: one answer, then the link stops working; false: shared by the partner's staff. */
  singleUse: z.boolean().default(true),
  /** When the link stops working (ISO date-time); 30 days from now by default. */
  expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
});
/** What making an assessment link takes. */
export type AssessmentLinkInput = z.input<typeof assessmentLinkInputSchema>;

/** The answer to making a link: the link as listed, and its URL (shown this once). */
export const assessmentLinkMadeSchema = z.object({
  respondentLink: respondentLinkSchema,
  link: z.string(),
});
/** The answer to making a link. */
export type AssessmentLinkMade = z.infer<typeof assessmentLinkMadeSchema>;

/** The live count of responses of one wave: per partner, never the answers. */
export const waveCountSchema = z.object({
  wave: z.string(),
  date: z.string(),
  state: z.enum(["open", "closed"]),
  total: z.number().int(),
  byPartner: z.array(
    z.object({
      organisation: z.string(),
      name: z.string().nullable(),
      responses: z.number().int(),
    }),
  ),
});
/** One wave's live count. */
export type WaveCount = z.infer<typeof waveCountSchema>;

/** `GET …/assessments/:id/counts`. */
export const assessmentCountsSchema = z.object({
  assessment: z.string(),
  minGroupSize: z.number().int(),
  waves: z.array(waveCountSchema),
});
/** Live counts of an assessment's responses. */
export type AssessmentCounts = z.infer<typeof assessmentCountsSchema>;

/** A partner of an open wave whose answers are still withheld from others, and its links. */
export const reminderSchema = z.object({
  wave: z.string(),
  organisation: z.string(),
  name: z.string().nullable(),
  responses: z.number().int(),
  needed: z.number().int(),
  /** The partner's links for this wave that still work, with how often each was used. */
  links: z.array(
    z.object({
      id: z.string(),
      label: z.string().nullable(),
      singleUse: z.boolean(),
      uses: z.number().int(),
    }),
  ),
  /** A message the owner can copy into an email to the partner. */
  message: z.string(),
});
/** One reminder to send. */
export type Reminder = z.infer<typeof reminderSchema>;

/** `GET …/assessments/:id/reminders`. */
export const remindersSchema = z.object({ items: z.array(reminderSchema) });
