/**
 * What one OCDS or 360Giving file may hold before it is refused (decision 0007, "Limits on the
 * shape of a file"): an import keeps each item, and each contracting process, whole in memory
 * while it is read, validated and compiled, so these bound an import's memory whatever the file.
 */
export interface ImportLimits {
  /** Characters of JSON text in one item: a release, record or grant, or any other top-level value. */
  maxItemChars: number;
  /** Releases and records that share one ocid (all compiled together into one process). */
  maxEntriesPerOcid: number;
  /** Characters of JSON text of all releases and records that share one ocid. */
  maxCharsPerOcid: number;
}

const MiB = 1024 * 1024;

/** The limits every import runs with (tests pass smaller ones). */
export const IMPORT_LIMITS: ImportLimits = {
  maxItemChars: 4 * MiB,
  maxEntriesPerOcid: 20_000,
  maxCharsPerOcid: 6 * MiB,
};

/** A size in words: `16 MiB`, `1,024 characters`. */
export const sizeText = (chars: number): string =>
  chars >= MiB && chars % MiB === 0
    ? `${chars / MiB} MiB`
    : `${chars.toLocaleString("en-GB")} characters`;
