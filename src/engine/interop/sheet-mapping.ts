import type { Form } from "../../shared/index.ts";

/** What the rows of one sheet are. Relationships are Kumu-style From/To/Type rows. */
export type SheetEntity = "organisations" | "partnerships" | "memberships" | "relationships";
export const SHEET_ENTITIES: readonly SheetEntity[] = [
  "organisations",
  "partnerships",
  "memberships",
  "relationships",
];

/** How one sheet maps to entities (docs/import-mapping.md). */
export interface SheetMapping {
  entity: SheetEntity;
  /** Field → column title; fields not named are read from a column of the field's own name. */
  columns?: Record<string, string>;
  /** Field → value used when the cell is empty or the column is absent. */
  defaults?: Record<string, string>;
  /** Relationships: the Type cell → partnership form (default `other`). */
  forms?: Record<string, Form>;
}

/** A whole mapping file: one sheet mapping, or several by sheet name. */
export type ImportMapping = SheetMapping | { sheets: Record<string, SheetMapping> };

/** One sheet of a spreadsheet: its name, column titles and data rows (1-based sheet row numbers). */
export interface SheetTable {
  name: string;
  headers: readonly string[];
  rows: readonly { row: number; cells: Readonly<Record<string, string>> }[];
}

/** A spreadsheet that does not fit its mapping (a missing column, an unknown sheet). */
export class SheetMappingError extends Error {
  override name = "SheetMappingError";
}

/** The fields a sheet must have a column for. */
export const REQUIRED_FIELDS: Record<SheetEntity, readonly string[]> = {
  organisations: ["id", "name"],
  partnerships: ["id", "name", "form"],
  memberships: ["partnership", "organisation"],
  relationships: ["from", "to"],
};

const NOT_IMPORTED = ["events", "contracts", "evidence", "funders", "recipients"];

/** Guesses what a sheet holds from its name, then from its column titles. */
function entityGuessOf(table: SheetTable): SheetEntity {
  const name = table.name.toLowerCase().replace(/\.(csv|xlsx)$/, "");
  const named = SHEET_ENTITIES.find((e) => name === e || name.endsWith(`-${e}`));
  if (named) return named;
  const has = (h: string) => table.headers.some((x) => x.toLowerCase() === h);
  if (has("from") && has("to")) return "relationships";
  if (has("partnership") && has("organisation")) return "memberships";
  if (has("form")) return "partnerships";
  return "organisations";
}

/**
 * The mapping of one sheet: the mapping file's entry for it (or its single mapping), else a guess;
 * null for a sheet a multi-sheet mapping does not name (it is skipped).
 * @example sheetMappingOf({ name: "orgs.csv", headers: ["id", "name"], rows: [] }, null).entity // "organisations"
 */
export function sheetMappingOf(
  table: SheetTable,
  mapping: ImportMapping | null,
): SheetMapping | null {
  if (mapping && "sheets" in mapping) return mapping.sheets[table.name] ?? null;
  if (mapping) return mapping;
  // The export's other tables (events, contracts, totals…) are not read back from spreadsheets.
  const bare = table.name.toLowerCase().replace(/\.(csv|xlsx)$/, "");
  return NOT_IMPORTED.includes(bare) ? null : { entity: entityGuessOf(table) };
}

/** The column title a field is read from (Kumu's capitalised From/To/Type are found too). */
function columnOf(table: SheetTable, mapping: SheetMapping, field: string): string | undefined {
  const named = mapping.columns?.[field];
  if (named !== undefined) return table.headers.includes(named) ? named : undefined;
  return (
    table.headers.find((h) => h === field) ??
    table.headers.find((h) => h.toLowerCase() === field.toLowerCase())
  );
}

/** Fails naming every required column the sheet lacks (and the mapping's column titles not found). */
export function missingColumnsCheck(table: SheetTable, mapping: SheetMapping): void {
  const wanted = new Set([
    ...REQUIRED_FIELDS[mapping.entity],
    ...Object.keys(mapping.columns ?? {}),
  ]);
  const missing = [...wanted].filter(
    (f) => columnOf(table, mapping, f) === undefined && mapping.defaults?.[f] === undefined,
  );
  if (missing.length === 0) return;
  const names = missing.map(
    (f) => `'${mapping.columns?.[f] ?? f}'${mapping.columns?.[f] ? ` (for ${f})` : ""}`,
  );
  throw new SheetMappingError(
    `sheet '${table.name}' has no column ${names.join(", ")} (it has: ${table.headers.join(", ") || "no header row"})`,
  );
}

/** A row's cells by field name, defaults filled in. */
export function fieldCellsOf(
  table: SheetTable,
  mapping: SheetMapping,
  cells: Readonly<Record<string, string>>,
  fields: readonly string[],
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const field of fields) {
    const column = columnOf(table, mapping, field);
    const value = column === undefined ? undefined : cells[column];
    out[field] = value === undefined || value.trim() === "" ? mapping.defaults?.[field] : value;
  }
  return out;
}
