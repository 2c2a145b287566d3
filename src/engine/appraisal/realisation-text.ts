import { yearStartDate } from "./vat.ts";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * An ISO date in the UK's long form, whatever the machine's locale.
 * @example longDate("2009-04-01") // "1 April 2009"
 */
export function longDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The whole years elapsed from `baseDate` to `today` (the same rule as realisation's yearIndexOf). */
function yearIndex(baseDate: string, today: string): number {
  const [by, bm, bd] = baseDate.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.slice(0, 10).split("-").map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/**
 * Which years of a plan are past as of `today`, relative to its base date, in words: none yet, some,
 * or all of them (a plan whose horizon has ended).
 * @example pastYearsText("2009-04-01", 10, "2026-05-30") // "All 11 years of the plan (0–10, 1 April 2009 to 31 March 2020) are past as of 30 May 2026."
 */
export function pastYearsText(baseDate: string, horizon: number, today: string): string {
  const current = yearIndex(baseDate, today);
  const asOf = longDate(today);
  if (current <= 0)
    return `No year of the plan is past yet as of ${asOf}: year 0 runs from ${longDate(baseDate)} to ${longDate(dayBefore(yearStartDate(baseDate, 1)))}.`;
  if (current > horizon) {
    const end = longDate(dayBefore(yearStartDate(baseDate, horizon + 1)));
    return `All ${horizon + 1} years of the plan (0–${horizon}, ${longDate(baseDate)} to ${end}) are past as of ${asOf}.`;
  }
  const range = current === 1 ? "Year 0 is" : `Years 0–${current - 1} are`;
  return `${range} past as of ${asOf}; year ${current} began on ${longDate(yearStartDate(baseDate, current))}.`;
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
