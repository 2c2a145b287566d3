import type { CreamingSignal, ParkingSignal } from "../../shared/pbr-results.ts";
import type { ParticipantRecord } from "./participants.ts";

export type { CreamingSignal, ParkingSignal } from "../../shared/pbr-results.ts";

const mean = (xs: number[]) => (xs.length > 0 ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

/**
 * Parking: mean support hours of a provider's participants in hard groups (chain-wide outcome rate
 * below the median group rate) divided by the mean for easy groups (above it); flagged below
 * `threshold`. Groups at the median count as neither.
 * @example parkingSignalOf(records, new Set(["jsa-18-24"]), new Set(["esa-ex-ib"]), 0.5)
 */
export function parkingSignalOf(
  records: readonly ParticipantRecord[],
  easy: ReadonlySet<string>,
  hard: ReadonlySet<string>,
  threshold: number,
): ParkingSignal {
  const hardGroupHours = mean(records.filter((r) => hard.has(r.group)).map((r) => r.supportHours));
  const easyGroupHours = mean(records.filter((r) => easy.has(r.group)).map((r) => r.supportHours));
  const ratio =
    hardGroupHours === null || easyGroupHours === null || easyGroupHours === 0
      ? null
      : hardGroupHours / easyGroupHours;
  return { hardGroupHours, easyGroupHours, ratio, flagged: ratio !== null && ratio < threshold };
}

/**
 * Creaming: the share of a provider's referrals from easy groups before and after `splitDate`
 * (the chain's mid-period date); flagged when it rises by more than `threshold` (absolute share).
 * @example creamingSignalOf(records, new Set(["jsa-18-24"]), "2013-01-01", 0.1)
 */
export function creamingSignalOf(
  records: readonly ParticipantRecord[],
  easy: ReadonlySet<string>,
  splitDate: string,
  threshold: number,
): CreamingSignal {
  const share = (rows: readonly ParticipantRecord[]) =>
    rows.length > 0 ? rows.filter((r) => easy.has(r.group)).length / rows.length : null;
  const firstHalfEasyShare = share(records.filter((r) => r.referralDate < splitDate));
  const secondHalfEasyShare = share(records.filter((r) => r.referralDate >= splitDate));
  const rise =
    firstHalfEasyShare === null || secondHalfEasyShare === null
      ? null
      : secondHalfEasyShare - firstHalfEasyShare;
  return {
    firstHalfEasyShare,
    secondHalfEasyShare,
    rise,
    flagged: rise !== null && rise > threshold,
  };
}

/**
 * The date halfway between the earliest and latest referral dates (YYYY-MM-DD, rounded up).
 * @example midDateOf(["2012-01-01", "2012-01-04"]) // "2012-01-03"
 */
export function midDateOf(dates: readonly string[]): string {
  const first = dates[0];
  if (first === undefined) throw new RangeError("midDateOf needs at least one date");
  let min = first;
  let max = first;
  for (const d of dates) {
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const day = 86_400_000;
  const a = Date.parse(`${min}T00:00:00Z`);
  const b = Date.parse(`${max}T00:00:00Z`);
  return new Date(a + Math.ceil((b - a) / day / 2) * day).toISOString().slice(0, 10);
}
