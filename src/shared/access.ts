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
  workspaces: z.array(z.object({ slug: z.string(), name: z.string(), role: workspaceRole })),
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
