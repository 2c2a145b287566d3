import { givingColumnIndexOf, grantOfRow } from "../../engine/interop/giving-unflatten.ts";
import {
  createGivingValidator,
  type GivingSchemaSet,
  type GivingValidator,
} from "../../engine/interop/giving-validator.ts";
import {
  createValidationReport,
  isError,
  type RecordIssue,
  type ValidationReport,
} from "../../engine/interop/validation-report.ts";
import type { ImportSpill } from "./import-spill.ts";
import { type ImportProgress, readJsonFile } from "./json-file-reader.ts";
import { loadGivingSchemas } from "./schema-files.ts";
import { createSeenIds } from "./seen-ids.ts";
import { fileSizeOf, grantSheetRows } from "./spreadsheet-rows.ts";

type Json = Record<string, unknown>;

/** What the validating pass over a 360Giving file found. */
export interface GivingPassResult {
  report: ValidationReport & { warnings: string[] };
  counts: Record<string, number>;
  publisher: string | null;
}

/**
 * Pass 1 of a 360Giving import: streams the file (a JSON package or JSON Lines, or the rows of a
 * CSV/XLSX sheet), validates every grant against 1.4.3 into the grouped report and keeps each
 * grant in `spill` for pass 2 — nothing else is held, so memory does not grow with the file.
 * @example const { report } = await givingPass("grants.json", spill, () => {});
 */
export async function givingPass(
  path: string,
  spill: ImportSpill,
  onProgress: ImportProgress,
): Promise<GivingPassResult> {
  const schemas = await loadGivingSchemas();
  const validator = givingValidatorOf(schemas);
  const report = createValidationReport();
  const warnings: string[] = [];
  let publisher: string | null = null;
  let grants = 0;
  let invalid = 0;
  const repeats = createRepeatFinder(spill);
  const addGrant = (grant: Json, label: string, row: number | null = null, text?: string) => {
    const id = typeof grant["id"] === "string" ? grant["id"] : null;
    const first = id === null ? null : repeats.firstOf(id);
    const issues = validator.grant(grant);
    if (first) issues.push(repeatIssue(first));
    report.add(`${label}${id === null ? "" : ` (${id})`}`, issues);
    grants++;
    // Warnings (values stored as given, or partial dates left out) do not make a grant invalid.
    const ok = !issues.some(isError);
    if (!ok) invalid++;
    // The item's own text when the reader has it (the same JSON; no need to write it again).
    const json = text ?? JSON.stringify(grant);
    const valid = first ? "never" : ok;
    const seq = spill.add({ kind: "grant", ocid: "", label, row, pkg: null, valid, json });
    if (id !== null && !first) repeats.add(id, seq);
  };
  const addPackage = (metadata: Json) => {
    publisher = String((metadata["publisher"] as Json | undefined)?.["name"] ?? "") || null;
    report.add("package", validator.packageMetadata({ ...metadata, grants: [] }), false);
  };
  if (/\.(csv|xlsx)$/i.test(path))
    await readSheet(path, schemas.grant, addGrant, warnings, onProgress);
  else await readJson(path, addGrant, addPackage, warnings, onProgress);
  spill.seal();
  return {
    report: { ...report.result(), warnings },
    counts: { grants, invalid, imported: 0 },
    publisher,
  };
}

/** Compiled validators, kept: compiling blocks the event loop (~60 ms) that the API also serves on. */
const givingValidators = new WeakMap<GivingSchemaSet, GivingValidator>();

/** The validator of a schema set, compiled on first use. */
function givingValidatorOf(schemas: GivingSchemaSet): GivingValidator {
  const validator = givingValidators.get(schemas) ?? createGivingValidator(schemas);
  givingValidators.set(schemas, validator);
  return validator;
}

/** A grant whose id an earlier grant of the file already has: reported, and never imported. */
const repeatIssue = (firstLabel: string): RecordIssue => ({
  rule: "unique:id",
  message: "id must be unique in the file: only the first grant with an id is imported",
  path: `.id (first at ${firstLabel})`,
});

/**
 * Finds grants that repeat an earlier grant's id, in bounded memory: ids are kept as hashes with
 * the earlier grant's spill number; a hash that matches is confirmed against that grant's JSON.
 */
function createRepeatFinder(spill: ImportSpill) {
  const seen = createSeenIds();
  return {
    add: (id: string, seq: number) => seen.add(id, seq),
    /** The label of the earlier grant with this id, or null. */
    firstOf(id: string): string | null {
      const seq = seen.firstValueOf(id);
      const earlier = seq === undefined ? undefined : spill.recordAt(seq);
      if (!earlier) return null;
      return (JSON.parse(earlier.json) as Json)["id"] === id ? earlier.label : null;
    },
  };
}

type AddGrant = (grant: Json, label: string, row?: number | null, text?: string) => void;

async function readJson(
  path: string,
  addGrant: AddGrant,
  addPackage: (metadata: Json) => void,
  warnings: string[],
  onProgress: ImportProgress,
): Promise<void> {
  await readJsonFile(
    path,
    {
      shouldStream: (key) => key === "grants",
      onPackage: () => {},
      onItem: (_key, grant, index, text) => addGrant(grant as Json, `grants[${index}]`, null, text),
      onPackageEnd: (metadata) => addPackage(metadata),
      onValue: (value) => {
        // A bare grant (or JSON Lines of grants) is accepted as well as a package.
        if (typeof value === "object" && value !== null && "id" in value)
          addGrant(value as Json, "grant");
        else warnings.push("the file holds no 360Giving package or grant");
      },
    },
    (read, total, records) => onProgress(read, total, records, "validating"),
  );
}

async function readSheet(
  path: string,
  grantSchema: Json,
  addGrant: AddGrant,
  warnings: string[],
  onProgress: ImportProgress,
): Promise<void> {
  const index = givingColumnIndexOf(grantSchema);
  const unknown = new Set<string>();
  // Row by row into the spill, within the spreadsheet limits: no sheet is held whole.
  const rows = await grantSheetRows(path, ({ row, cells }) => {
    const { grant, unknownColumns } = grantOfRow(cells, index);
    for (const c of unknownColumns) unknown.add(c);
    addGrant(grant, `row ${row}`, row);
  });
  if (rows === 0) warnings.push("the sheet holds no 360Giving grant: no rows below its titles");
  if (unknown.size > 0)
    warnings.push(`columns not in the 360Giving standard, ignored: ${[...unknown].join(", ")}`);
  const size = await fileSizeOf(path);
  onProgress(size, size, rows, "validating");
}
