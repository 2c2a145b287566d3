import { UsageError } from "./command.ts";

const text = (n: number) => n.toLocaleString("en-GB");

// Number("") and Number(" ") are 0, and Number("1e400") is Infinity: only a written number counts.
function numberOf(value: unknown): number {
  if (typeof value !== "string" || value.trim() === "") return Number.NaN;
  return Number(value);
}

/**
 * A whole-number flag such as `--top`, or `fallback` when it is absent. Anything else — not a
 * number, not finite, not whole, outside [min, max] — is a one-line UsageError (exit 2) naming
 * the flag and the range, so `--monte-carlo 1e9` is refused rather than run.
 */
export function integerFlag(
  value: unknown,
  name: string,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return fallback;
  const n = numberOf(value);
  if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
  if (Number.isInteger(n) && n > max && max < Number.MAX_SAFE_INTEGER)
    throw new UsageError(`--${name} must be at most ${text(max)} (got '${String(value)}')`);
  const range =
    max < Number.MAX_SAFE_INTEGER ? `from ${text(min)} to ${text(max)}` : `≥ ${text(min)}`;
  throw new UsageError(`--${name} must be a whole number ${range} (got '${String(value)}')`);
}

/** A finite number flag such as `--shortfall` (or `fallback` when absent) that `accept` allows. */
export function numberFlag(
  value: unknown,
  name: string,
  fallback: number,
  accept: { test: (n: number) => boolean; says: string },
): number {
  if (value === undefined) return fallback;
  const n = numberOf(value);
  if (Number.isFinite(n) && accept.test(n)) return n;
  throw new UsageError(`--${name} must be ${accept.says} (got '${String(value)}')`);
}
