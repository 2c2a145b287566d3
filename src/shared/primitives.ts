import { z } from "zod";

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** An ISO calendar date, `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  .refine(isIsoDate, { message: "must be a real date written YYYY-MM-DD" });

/** An optional date: omitted or null both mean 'not known'. */
export const optionalDate = isoDate.nullable().default(null);

/** Identifiers of entities: org-id.guide style where known (GB-CHC-1000001), else generated. */
export const entityId = z
  .string()
  .min(1, { message: "must not be empty" })
  .max(200, { message: "must be at most 200 characters" })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._~:-]*$/, {
    message:
      "may contain only letters, digits and . _ ~ : - (and must start with a letter or digit)",
  });

/** A reference to another entity by id, or null. */
export const optionalRef = entityId.nullable().default(null);

/** Optional free text: omitted or null mean none. */
export const optionalText = z.string().max(20000).nullable().default(null);

/** A share between 0 and 1 inclusive. */
export const share = z
  .number()
  .min(0, { message: "must be between 0 and 1" })
  .max(1, { message: "must be between 0 and 1" });

/** Workspace slugs: lower-case letters, digits and dashes. */
export const workspaceSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, {
  message: "must be 1–63 lower-case letters, digits or dashes, starting with a letter or digit",
});

/** Strings for names: trimmed, not empty. */
export const name = z
  .string()
  .trim()
  .min(1, { message: "must not be empty" })
  .max(500, { message: "must be at most 500 characters" });
