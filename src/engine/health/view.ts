/** Who is looking at an analysis, which decides what the three-respondent rule withholds. */
export interface HealthViewer {
  /** Smallest group whose aggregate is shown to others (default 3). */
  minGroupSize: number;
  /** The partner organisation the viewer speaks for: its own aggregates are always shown. */
  own: string | null;
  /** Owners see every aggregate, whatever its size. */
  full: boolean;
  /**
   * Show aggregates over everyone even when withheld groups could be worked out from them: for
   * whoever holds the raw answers anyway (an assessment file read by the CLI).
   */
  showWhole?: boolean;
}

/** The default: the three-respondent rule for a viewer tied to no partner. */
export const DEFAULT_VIEWER: HealthViewer = { minGroupSize: 3, own: null, full: false };

/** Whether a group of `n` respondents of `partner` may be shown to `viewer` (n ≥ 1). */
export function mayShow(viewer: HealthViewer, partner: string, n: number): boolean {
  return n > 0 && (viewer.full || partner === viewer.own || n >= viewer.minGroupSize);
}

/**
 * Whether an aggregate over everyone may be shown when `hidden` respondents' groups are withheld:
 * not when 1 or 2 of them could be recovered as the difference between it and the shown groups.
 */
export function mayShowWhole(viewer: HealthViewer, hidden: number): boolean {
  return viewer.full || viewer.showWhole === true || hidden === 0 || hidden >= viewer.minGroupSize;
}
