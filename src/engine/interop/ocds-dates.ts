import { isIsoDate } from "../../shared/index.ts";

/**
 * The calendar date of an OCDS date-time as written (no time-zone shift), or null.
 * @example dateOf("2029-03-31T23:59:59+01:00") // "2029-03-31"
 */
export function dateOf(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const day = value.slice(0, 10);
  return isIsoDate(day) ? day : null;
}
