/** What to do with records that fail validation. */
export type InvalidRecordPolicy = "import-all" | "import-valid" | "stop";

/** Options shared by the OCDS and 360Giving importers. */
export interface ImportOptions {
  /** `import-all` (default: report problems, lose nothing), `import-valid` (skip bad records) or `stop` (import nothing if any record is bad). */
  onInvalid?: InvalidRecordPolicy;
  /** The name of the workspace in the produced document. */
  workspaceName?: string;
}

/** How many things were read and produced. */
export type ImportCounts = Record<string, number>;
