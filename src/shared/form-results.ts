import { z } from "zod";

/** The kinds of question a form can ask. */
export const FORM_QUESTION_KINDS = [
  "scale",
  "single_choice",
  "multiple_choice",
  "number",
  "date",
  "text",
] as const;
/** A kind of question. */
export type FormQuestionKind = (typeof FORM_QUESTION_KINDS)[number];
/** How a form's link is used: open to anyone who has it, once, or by a researcher for many people. */
export const FORM_LINK_KINDS = ["shared", "single_use", "interview"] as const;
/** A kind of form link. */
export type FormLinkKind = (typeof FORM_LINK_KINDS)[number];
/** Answers one link takes a minute unless its creator says otherwise. */
export const FORM_LINK_RATE = 120;

/** `POST …/forms/:id/links`: which kind, the researcher for an interview link, the phase. */
export const formLinkInputSchema = z
  .object({
    kind: z.enum(FORM_LINK_KINDS),
    /** The community researcher (interview links) or any note on where the link was given. */
    label: z.string().trim().max(200).nullable().optional(),
    /** The phase of the measures the link's answers make: before or after the service. */
    phase: z.enum(["before", "after"]).nullable().optional(),
    maxPerMinute: z.number().int().min(1).max(10_000).default(FORM_LINK_RATE),
    expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .superRefine((l, ctx) => {
    if (l.kind === "interview" && !l.label)
      ctx.addIssue({
        code: "custom",
        path: ["label"],
        message: "an interview link needs the researcher's name or code",
      });
  });
/** What making a form link takes. */
export type FormLinkInput = z.input<typeof formLinkInputSchema>;

/** A form link as listed (its secret is shown once, when made). */
export const formLinkSchema = z.object({
  id: z.string(),
  kind: z.enum(FORM_LINK_KINDS),
  label: z.string().nullable(),
  phase: z.enum(["before", "after"]).nullable(),
  uses: z.number().int(),
  state: z.enum(["active", "used", "expired", "revoked"]),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
});
/** A form link with its state. */
export type FormLink = z.infer<typeof formLinkSchema>;

/** What making a form link answers: the link and its URL (holding the secret), shown this once. */
export const formLinkMadeSchema = z.object({ formLink: formLinkSchema, link: z.string() });
/** What making a form link answers. */
export type FormLinkMade = z.infer<typeof formLinkMadeSchema>;

/** One question's aggregate: how many answered, the mean of numbers, counts of choices. */
export const questionResultSchema = z.object({
  id: z.string(),
  kind: z.enum(FORM_QUESTION_KINDS),
  text: z.string(),
  answered: z.number().int(),
  mean: z.number().nullable(),
  counts: z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() })),
});
/** A question's aggregate. */
export type QuestionResult = z.infer<typeof questionResultSchema>;

/** A group's results, or only that it is withheld (fewer than three respondents). */
export const groupResultSchema = z.object({
  group: z.string(),
  withheld: z.boolean(),
  respondents: z.number().int().nullable(),
  questions: z.array(questionResultSchema),
});

/** Ways to group results. */
export const FORM_RESULT_GROUPS = ["researcher", "phase", "language", "link"] as const;

/** A form's results: all respondents, then each group, under the three-respondent rule. */
export const formResultsSchema = z.object({
  form: z.string(),
  minGroup: z.number().int(),
  overall: groupResultSchema,
  by: z.enum(FORM_RESULT_GROUPS).nullable(),
  groups: z.array(groupResultSchema),
  assumptions: z.array(z.string()),
});
/** A form's results. */
export type FormResults = z.infer<typeof formResultsSchema>;

/** One submission as the owner sees it: the code, who entered it, and each answer. */
export const formSubmissionSchema = z.object({
  id: z.string(),
  respondentCode: z.string(),
  linkKind: z.enum(FORM_LINK_KINDS),
  researcher: z.string().nullable(),
  phase: z.string().nullable(),
  language: z.string(),
  easyRead: z.boolean(),
  createdAt: z.string(),
  answers: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())])),
});
/** A submission. */
export type FormSubmission = z.infer<typeof formSubmissionSchema>;
