import { z } from "zod";

/** Workspace roles, lowest first: each can do everything the ones before it can. */
export const WORKSPACE_ROLES = ["viewer", "analyst", "editor", "owner"] as const;
/** A member's role in one workspace. */
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];
/** A workspace role (zod). */
export const workspaceRole = z.enum(WORKSPACE_ROLES);

/** What each role may do, in the words the members page shows. */
export const WORKSPACE_ROLE_LABELS: Record<WorkspaceRole, string> = {
  viewer: "Viewer — reads everything, changes nothing",
  analyst:
    "Analyst — reads everything, runs models and what-ifs, creates appraisals and supply-chain models of their own",
  editor: "Editor — creates and changes the landscape, runs imports, decides appraisals",
  owner: "Owner — everything, including members, tokens, the audit log and deleting the workspace",
};

/** Whether `role` is at least `needed`. */
export function isRoleAtLeast(role: WorkspaceRole, needed: WorkspaceRole): boolean {
  return WORKSPACE_ROLES.indexOf(role) >= WORKSPACE_ROLES.indexOf(needed);
}

/** The lower of two roles (a token never acts above its user). */
export function roleMin(a: WorkspaceRole, b: WorkspaceRole): WorkspaceRole {
  return isRoleAtLeast(a, b) ? b : a;
}

/** The shortest password accepted (NIST SP 800-63B: at least 8; we ask for 12). */
export const PASSWORD_MIN_LENGTH = 12;
/** The longest password accepted (hashing cost is bounded; 63B asks to allow at least 64). */
export const PASSWORD_MAX_LENGTH = 256;

/** An email address as typed (compared case-insensitively). */
export const emailSchema = z.string().trim().min(3).max(254).email("is not an email address");

/** `POST /api/v1/session`. */
export const signInSchema = z.object({
  email: z.string().max(254),
  password: z.string().max(PASSWORD_MAX_LENGTH),
});

/** `GET /api/v1/me`: who is signed in and their workspaces. */
export const meSchema = z.object({
  id: z.string(),
  email: z.string().nullable(),
  name: z.string(),
  hasPassword: z.boolean(),
  /** True until the first owner has set a name, email and password (or chosen to skip). */
  needsSetup: z.boolean(),
  via: z.enum(["session", "token"]),
  workspaces: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      role: workspaceRole,
      /** True when the workspace holds a simulation run, not real data. */
      simulated: z.boolean().optional(),
    }),
  ),
});
/** Who is signed in. */
export type Me = z.infer<typeof meSchema>;

/** A member of a workspace as the members page lists them. */
export const memberSchema = z.object({
  userId: z.string(),
  email: z.string().nullable(),
  name: z.string(),
  role: workspaceRole,
  organisation: z.string().nullable(),
  since: z.string(),
});
/** A member of a workspace. */
export type Member = z.infer<typeof memberSchema>;

/** Adding or changing a member. */
export const memberInputSchema = z.object({
  role: workspaceRole,
  organisation: z.string().max(200).nullable().optional(),
});

/** An invitation as listed (never its link, which is shown once when made). */
export const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: workspaceRole,
  organisation: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  state: z.enum(["pending", "accepted", "revoked", "expired"]),
});
/** An invitation to a workspace. */
export type Invitation = z.infer<typeof invitationSchema>;

/** `POST …/invitations`. */
export const invitationInputSchema = z.object({
  email: emailSchema,
  role: workspaceRole,
  organisation: z.string().max(200).nullable().optional(),
});

/** One of your sessions. */
export const sessionViewSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
/** One of your sessions. */
export type SessionView = z.infer<typeof sessionViewSchema>;

/** `GET /api/v1/auth/options`: how people can sign in here (the sign-in page reads it). */
export const authOptionsSchema = z.object({
  password: z.boolean(),
  sso: z.object({ label: z.string(), start: z.string() }).nullable(),
});
/** How people can sign in. */
export type AuthOptions = z.infer<typeof authOptionsSchema>;

/** `GET /api/v1/invitations/:token`: what an invitation link offers. */
export const invitationOfferSchema = z.object({
  email: z.string(),
  role: workspaceRole,
  expiresAt: z.string(),
  workspace: z.object({ slug: z.string(), name: z.string() }),
});
/** What an invitation link offers. */
export type InvitationOffer = z.infer<typeof invitationOfferSchema>;

/** `POST …/invitations` answers the invitation and its one-time link (shown this once). */
export const invitationMadeSchema = z.object({ invitation: invitationSchema, link: z.string() });
/** A new invitation with its link. */
export type InvitationMade = z.infer<typeof invitationMadeSchema>;

/** `POST /api/v1/invitations/:token/accept` answers the workspace joined and the role. */
export const invitationAcceptedSchema = z.object({ workspace: z.string(), role: workspaceRole });
/** The workspace an accepted invitation joined. */
export type InvitationAccepted = z.infer<typeof invitationAcceptedSchema>;

/** Who can appear in the audit log. */
export const AUDIT_ACTOR_KINDS = ["user", "token", "respondent", "import", "cli"] as const;

/** One entry of `GET …/audit`: who did what to which record, and what changed. */
export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.object({
    kind: z.enum(AUDIT_ACTOR_KINDS),
    id: z.string().nullable(),
    email: z.string().optional(),
  }),
  action: z.string(),
  collection: z.string(),
  recordId: z.string().nullable(),
  changes: z.unknown().optional(),
});
/** One audit-log entry. */
export type AuditEntry = z.infer<typeof auditEntrySchema>;
