import { z } from "zod";

/** True when `value` is a real calendar date written YYYY-MM-DD (checked without building a Date: imports call it millions of times). */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
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

/** The longest name (of an organisation, partnership, workspace) stored. */
export const NAME_MAX = 500;
/** The longest title (of a contract or grant) stored: imports keep titles whole, never cut. */
export const TITLE_MAX = 10_000;

/** Strings for names: trimmed, not empty. */
export const name = z
  .string()
  .trim()
  .min(1, { message: "must not be empty" })
  .max(NAME_MAX, { message: `must be at most ${NAME_MAX} characters` });

/** Titles of contracts and grants: trimmed, not empty, long ones kept whole (up to 10,000). */
export const title = z
  .string()
  .trim()
  .min(1, { message: "must not be empty" })
  .max(TITLE_MAX, { message: "must be at most 10,000 characters" });
