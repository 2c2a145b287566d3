/**
 * What the sign-in, account, member and invitation API answers where access.ts has no schema yet
 * (src/api/routes/session.ts and members.ts), shared so the web app reads them with these types.
 */
import { z } from "zod";
import { invitationSchema, workspaceRole } from "./access.ts";

/** What signing in answers (the session is the cookie it sets). */
export const signedInSchema = z.object({ signedIn: z.literal(true) });

/** How people can sign in here: always by password; single sign-on when configured. */
export const authOptionsSchema = z.object({
  password: z.literal(true),
  sso: z.object({ label: z.string(), start: z.string() }).nullable(),
});

/** How people can sign in here. */
export type AuthOptions = z.infer<typeof authOptionsSchema>;

/** A new invitation, its one-time link, and whom it was emailed to (or why that failed). */
export const invitationMadeSchema = z.object({
  invitation: invitationSchema,
  link: z.string(),
  emailedTo: z.string().nullable(),
  emailError: z.string().optional(),
});

/** A new invitation and its one-time link. */
export type InvitationMade = z.infer<typeof invitationMadeSchema>;

/** What an invitation link offers: the email, the role, until when, and which workspace. */
export const invitationOfferSchema = z.object({
  email: z.string(),
  role: workspaceRole,
  expiresAt: z.string(),
  workspace: z.object({ slug: z.string(), name: z.string() }),
});

/** What an invitation link offers. */
export type InvitationOffer = z.infer<typeof invitationOfferSchema>;

/** What accepting an invitation answers: the workspace joined and the role in it. */
export const invitationJoinedSchema = z.object({ workspace: z.string(), role: workspaceRole });
