import { PbrCsvError, parseCsvRows } from "./csv-rows.ts";
import { dateCell, outcomeCell, textCell } from "./participants.ts";

/** Columns of a journeys CSV: one row per touch of a participant by a provider. */
export const JOURNEY_COLUMNS = ["participant_id", "provider", "touch_date", "outcome"] as const;

/** One touch: a provider working with a participant on a date; `outcome` 1 marks a participant's outcome. */
export interface JourneyTouch {
  participantId: string;
  provider: string;
  touchDate: string;
  outcome: 0 | 1;
}

/** A participant's journey: the providers who touched them in date order (file order on ties). */
export interface Journey {
  participantId: string;
  touches: string[];
  outcome: 0 | 1;
}

/** A partner's claim of outcomes. */
export interface OutcomeClaim {
  provider: string;
  claimed: number;
}

/**
 * Parses journeys CSV text; errors name the line (header = 1) and the column.
 * @example parseJourneys("participant_id,provider,touch_date,outcome\np1,a,2012-01-02,1")
 */
export function parseJourneys(text: string): JourneyTouch[] {
  return parseCsvRows(text, JOURNEY_COLUMNS).map((row) => ({
    participantId: textCell(row, "participant_id"),
    provider: textCell(row, "provider"),
    touchDate: dateCell(row, "touch_date")!,
    outcome: outcomeCell(row, "outcome"),
  }));
}

/**
 * Parses a claims CSV (provider, claimed); a provider may appear once.
 * @example parseClaims("provider,claimed\na,12") // [{ provider: "a", claimed: 12 }]
 */
export function parseClaims(text: string): OutcomeClaim[] {
  const seen = new Set<string>();
  return parseCsvRows(text, ["provider", "claimed"]).map((row) => {
    const provider = textCell(row, "provider");
    if (seen.has(provider))
      throw new PbrCsvError(row.line, "provider", `duplicate claim for '${provider}'`);
    seen.add(provider);
    const claimed = Number(row.values.claimed);
    if (row.values.claimed === "" || !Number.isFinite(claimed) || claimed < 0)
      throw new PbrCsvError(
        row.line,
        "claimed",
        `must be a number ≥ 0, not '${row.values.claimed}'`,
      );
    return { provider, claimed };
  });
}

/**
 * Groups touches into journeys: one per participant, touches sorted by date (stable), outcome 1
 * when any of the participant's rows says 1.
 * @example journeysOf(touches)[0] // { participantId: "p1", touches: ["a", "b"], outcome: 1 }
 */
export function journeysOf(touches: readonly JourneyTouch[]): Journey[] {
  const byParticipant = new Map<string, { dates: string[]; providers: string[]; outcome: 0 | 1 }>();
  for (const t of touches) {
    let j = byParticipant.get(t.participantId);
    if (!j) {
      j = { dates: [], providers: [], outcome: 0 };
      byParticipant.set(t.participantId, j);
    }
    j.dates.push(t.touchDate);
    j.providers.push(t.provider);
    if (t.outcome === 1) j.outcome = 1;
  }
  return [...byParticipant].map(([participantId, j]) => {
    const order = j.dates.map((_, i) => i).sort((a, b) => compareDates(j.dates, a, b));
    // order holds indexes of j.dates, which is as long as j.providers (both pushed per touch).
    return { participantId, touches: order.map((i) => j.providers[i]!), outcome: j.outcome };
  });
}

// Earlier date first; equal dates keep their input order (a stable sort by index).
function compareDates(dates: readonly string[], a: number, b: number): number {
  const da = dates[a]!;
  const db = dates[b]!;
  return da < db ? -1 : da > db ? 1 : a - b;
}
