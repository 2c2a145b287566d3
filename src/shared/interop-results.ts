/** Where a stored record came from: one entry per import that wrote it (undoing an import forgets its entries). */
export interface ProvenanceEntry {
  /** The import batch (listed on the imports page; it can be undone as a whole). */
  batch: string;
  importKind: string;
  importedAt: string;
  sourceFile: string;
  publisher: string | null;
  /** The grant id, the OCDS release ids (or ocid), or the spreadsheet row. */
  sourceId: string | null;
  /** OCDS: the contracting process. */
  ocid: string | null;
  /** A postcode the source gave for an organisation (the duplicate finder compares them). */
  postcode: string | null;
}
