import { z } from "zod";
import { PASSWORD_MAX_LENGTH, workspaceRole } from "./access.ts";

/** A workspace token lives 90 days unless its creator says otherwise… */
export const API_TOKEN_DAYS_DEFAULT = 90;
/** …and at most a year, so a forgotten script's token does not open a workspace for ever. */
export const API_TOKEN_DAYS_MAX = 365;
/** A password-reset link is valid for 24 hours. */
export const PASSWORD_RESET_HOURS = 24;

/** `POST /api/v1/workspaces/:workspace/tokens`. */
export const apiTokenInputSchema = z.object({
  label: z.string().trim().min(1).max(200),
  role: workspaceRole,
  expiresInDays: z.number().int().min(1).max(API_TOKEN_DAYS_MAX).default(API_TOKEN_DAYS_DEFAULT),
});
/** What creating a workspace token asks for. */
export type ApiTokenInput = z.input<typeof apiTokenInputSchema>;

/** A workspace's API token as listed (never the token itself, which is shown once). */
export const apiTokenSchema = z.object({
  /** The first 16 hex digits of the token's hash: enough to name it, no use for signing in. */
  id: z.string(),
  label: z.string().nullable(),
  role: workspaceRole,
  /** Whose token it is (it never acts above their role). */
  user: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
/** A workspace's API token. */
export type ApiToken = z.infer<typeof apiTokenSchema>;

/** The answer to creating a token: the token itself, shown this once. */
export const apiTokenCreatedSchema = z.object({
  id: z.string(),
  token: z.string(),
  role: workspaceRole,
  expiresAt: z.string().nullable(),
});
/** A token just made, shown this once. */
export type ApiTokenCreated = z.infer<typeof apiTokenCreatedSchema>;

/** The answer to issuing a password-reset link: the link itself, or to whom it was emailed. */
export const passwordResetIssuedSchema = z.object({
  /** The one-time link for the owner to pass on; null when it was emailed instead. */
  link: z.string().nullable(),
  emailedTo: z.string().nullable(),
  expiresAt: z.string(),
});

/** `GET /api/v1/password-reset/:token`: whose password the link sets. */
export const passwordResetInfoSchema = z.object({
  email: z.string().nullable(),
  name: z.string(),
  expiresAt: z.string(),
});

/** Whose password a reset link sets. */
export type PasswordResetInfo = z.infer<typeof passwordResetInfoSchema>;

/** `POST /api/v1/password-reset/:token`. */
export const passwordResetInputSchema = z.object({
  password: z.string().max(PASSWORD_MAX_LENGTH),
});
