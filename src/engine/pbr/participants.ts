import { isIsoDate } from "../../shared/primitives.ts";
import { type CsvRow, PbrCsvError, parseCsvRows } from "./csv-rows.ts";

/** Columns of a participant records CSV (performance management). */
export const PARTICIPANT_COLUMNS = [
  "participant_id",
  "provider",
  "group",
  "referral_date",
  "job_start_date",
  "outcome",
  "support_hours",
] as const;

/** One participant: who delivered, which payment group, dates, result and support received. */
export interface ParticipantRecord {
  participantId: string;
  provider: string;
  group: string;
  referralDate: string;
  jobStartDate: string | null;
  outcome: 0 | 1;
  supportHours: number;
}

// A column the caller reads but the header lacked is the caller's mistake (parseCsvRows checks the
// required ones), so it is reported against the row like any other bad cell.
function cellOf(row: CsvRow, column: string): string {
  const value = row.values[column];
  if (value === undefined) throw new PbrCsvError(row.line, column, `missing column '${column}'`);
  return value;
}

/** Reads a required non-empty text cell. */
export function textCell(row: CsvRow, column: string): string {
  const value = cellOf(row, column);
  if (value === "") throw new PbrCsvError(row.line, column, "must not be empty");
  return value;
}

/** Reads an outcome cell: exactly 0 or 1. */
export function outcomeCell(row: CsvRow, column: string): 0 | 1 {
  const value = cellOf(row, column);
  if (value !== "0" && value !== "1")
    throw new PbrCsvError(row.line, column, `must be 0 or 1, not '${value}'`);
  return value === "1" ? 1 : 0;
}

/** Reads a date cell written YYYY-MM-DD (or null when empty and allowed). */
export function dateCell(row: CsvRow, column: string, optional = false): string | null {
  const value = cellOf(row, column);
  if (value === "" && optional) return null;
  if (!isIsoDate(value))
    throw new PbrCsvError(row.line, column, `'${value}' is not a date written YYYY-MM-DD`);
  return value;
}

function hoursCell(row: CsvRow): number {
  const value = row.values.support_hours;
  const n = Number(value);
  if (value === "" || !Number.isFinite(n) || n < 0)
    throw new PbrCsvError(
      row.line,
      "support_hours",
      `must be a number of hours ≥ 0, not '${value}'`,
    );
  return n;
}

/**
 * Parses participant records CSV text; errors name the line (header = 1) and the column.
 * @example parseParticipants("participant_id,provider,group,referral_date,job_start_date,outcome,support_hours\np1,a,g,2012-01-02,,0,3")
 */
export function parseParticipants(text: string): ParticipantRecord[] {
  const seen = new Map<string, number>();
  return parseCsvRows(text, PARTICIPANT_COLUMNS).map((row) => {
    const participantId = textCell(row, "participant_id");
    const first = seen.get(participantId);
    if (first !== undefined)
      throw new PbrCsvError(
        row.line,
        "participant_id",
        `duplicate participant '${participantId}' (first on line ${first})`,
      );
    seen.set(participantId, row.line);
    const referralDate = dateCell(row, "referral_date")!;
    const jobStartDate = dateCell(row, "job_start_date", true);
    if (jobStartDate !== null && jobStartDate < referralDate)
      throw new PbrCsvError(row.line, "job_start_date", "is before referral_date");
    return {
      participantId,
      provider: textCell(row, "provider"),
      group: textCell(row, "group"),
      referralDate,
      jobStartDate,
      outcome: outcomeCell(row, "outcome"),
      supportHours: hoursCell(row),
    };
  });
}
