/** The API's answers for imports, batches, duplicates and merges (src/services/interop). */

export type ImportKind = "ocds" | "360giving" | "csv";
type Ids = Record<"organisations" | "partnerships" | "events" | "contracts" | "evidence", string[]>;

/** One kind of problem in a file, with how many records have it and where. */
export interface ReportError {
  rule: string;
  message: string;
  count: number;
  examples: string[];
  /** Distinct values given where it happens, as shown (JSON). */
  values?: string[];
}

/** What an import did or, on a dry run, would do. */
export interface ImportResult {
  workspace: string;
  kind: ImportKind;
  sourceFile: string;
  dryRun: boolean;
  batch: string | null;
  /** `valueWarnings`: values stored as given (or left out) that deserve a look, grouped like errors. */
  report: {
    valid: boolean;
    /** How many records (releases, grants, rows) the file has. */
    records?: number;
    errors: ReportError[];
    valueWarnings?: ReportError[];
    warnings: string[];
  };
  counts: Record<string, number>;
  created: Ids;
  changed: Ids;
  unchanged: number;
  merged: { id: string; into: string }[];
}

/** A recorded import batch. */
export interface ImportBatch {
  id: string;
  kind: string;
  sourceFile: string;
  createdAt: string;
  undoneAt: string | null;
}

/** A proposed duplicate pair. */
export interface DuplicateCandidate {
  a: string;
  b: string;
  aName: string;
  bName: string;
  score: number;
  reasons: string[];
  /** Why they may be two organisations (different company or charity numbers), if so. */
  warning?: string;
}

/** A recorded merge. */
export interface MergeRecord {
  id: string;
  survivorId: string;
  mergedId: string;
  /** Both organisations' names as they were before the merge. */
  survivorName: string;
  mergedName: string;
  createdAt: string;
  undoneAt: string | null;
}

/** `3 organisations, 1 contracts`, or 'nothing'. */
export function idsSummary(ids: Ids): string {
  const parts = Object.entries(ids)
    .filter(([, v]) => v.length > 0)
    .map(([k, v]) => `${v.length} ${k}`);
  return parts.length ? parts.join(", ") : "nothing";
}
