import type { HealthResponse, Instrument } from "../../shared/instruments.ts";
import type { Problem } from "../../shared/problems.ts";

/**
 * The problems of one response against its instrument and assessment: an answer outside the
 * scale or not a whole number, an unknown item, partner or wave, a rating of oneself. Each names
 * the respondent (`who`) and the item.
 */
export function responseProblems(
  instrument: Instrument,
  partners: readonly string[],
  waves: readonly string[],
  response: HealthResponse,
  who: string,
): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) =>
    problems.push({ path, message: `${who}: ${message}` });
  if (!partners.includes(response.partner))
    add("$.organisation", `"${response.partner}" is not a partner of this assessment`);
  if (!waves.includes(response.wave)) add("$.wave", `there is no wave "${response.wave}"`);
  const items = new Set(instrument.items.map((i) => i.id));
  const { min, max } = instrument.scale;
  for (const [item, value] of Object.entries(response.answers)) {
    if (!items.has(item)) add(`$.answers.${item}`, `"${item}" is not an item of this instrument`);
    else if (value !== null && !(Number.isInteger(value) && value >= min && value <= max))
      add(`$.answers.${item}`, `item "${item}": ${value} is outside the scale ${min}–${max}`);
  }
  for (const [ratee, value] of Object.entries(response.ratings ?? {})) {
    const path = `$.ratings.${ratee}`;
    if (instrument.kind !== "pairwise") add(path, "this instrument takes no ratings of partners");
    else if (ratee === response.partner) add(path, "a partner cannot rate itself");
    else if (!partners.includes(ratee)) add(path, `"${ratee}" is not a partner of this assessment`);
    else if (!(Number.isInteger(value) && value >= min && value <= max))
      add(path, `rating of "${ratee}": ${value} is outside the scale ${min}–${max}`);
  }
  return problems;
}
