import ExcelJS from "exceljs";
import {
  ENTITY_COLUMNS,
  type EntityTableName,
  entityRowsOf,
} from "../../engine/interop/entity-columns.ts";
import {
  funderTotalsOf,
  GRANT_TOTAL_COLUMNS,
  grantTotalRowsOf,
  recipientTotalsOf,
} from "../../engine/interop/grant-totals.ts";
import { ocdsReleasePackageOf } from "../../engine/interop/ocds-export.ts";
import { type CsvCell, csvTextOf, safeCellOf } from "../../shared/csv-text.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import { exchangeExport } from "../exchange.ts";

/** Every table an export writes: one per entity, then the funder and recipient totals. */
export const EXPORT_TABLES = [
  "organisations",
  "partnerships",
  "memberships",
  "events",
  "contracts",
  "evidence",
  "funders",
  "recipients",
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** Whether `name` is an export table. */
export const isExportTable = (name: string): name is ExportTable =>
  (EXPORT_TABLES as readonly string[]).includes(name);

/** Every table of a workspace as a header and rows. */
export async function exportTablesOf(
  ctx: ServiceContext,
  slug: string,
): Promise<Record<ExportTable, { header: readonly string[]; rows: CsvCell[][] }>> {
  const doc = await exchangeExport(ctx, slug);
  const rows = entityRowsOf(doc);
  const entity = (name: EntityTableName) => ({ header: ENTITY_COLUMNS[name], rows: rows[name] });
  return {
    organisations: entity("organisations"),
    partnerships: entity("partnerships"),
    memberships: entity("memberships"),
    events: entity("events"),
    contracts: entity("contracts"),
    evidence: entity("evidence"),
    funders: { header: GRANT_TOTAL_COLUMNS, rows: grantTotalRowsOf(funderTotalsOf(doc)) },
    recipients: { header: GRANT_TOTAL_COLUMNS, rows: grantTotalRowsOf(recipientTotalsOf(doc)) },
  };
}

/** One table of a workspace as formula-safe CSV text. */
export async function exportCsv(ctx: ServiceContext, slug: string, table: string): Promise<string> {
  if (!isExportTable(table))
    throw invalid(`There is no table '${table}' to export`, [
      { path: "entity", message: `must be one of ${EXPORT_TABLES.join(", ")}` },
    ]);
  const { header, rows } = (await exportTablesOf(ctx, slug))[table];
  return csvTextOf(header, rows);
}

/** Every table as CSV text, by file name (`organisations.csv`…). */
export async function exportCsvFiles(
  ctx: ServiceContext,
  slug: string,
): Promise<Map<string, string>> {
  const tables = await exportTablesOf(ctx, slug);
  return new Map(
    EXPORT_TABLES.map((t) => [`${t}.csv`, csvTextOf(tables[t].header, tables[t].rows)]),
  );
}

/** One XLSX workbook with a sheet per table; text cells are formula-safe like the CSV. */
export async function exportXlsx(ctx: ServiceContext, slug: string): Promise<Buffer> {
  const tables = await exportTablesOf(ctx, slug);
  const workbook = new ExcelJS.Workbook();
  for (const name of EXPORT_TABLES) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([...tables[name].header]).font = { bold: true };
    for (const row of tables[name].rows)
      sheet.addRow(row.map((c) => (typeof c === "string" ? safeCellOf(c) : c)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The workspace's contracts and supply chains as an OCDS release package, published now. */
export async function exportOcds(
  ctx: ServiceContext,
  slug: string,
  options: { ocidPrefix?: string; uri?: string } = {},
): Promise<Record<string, unknown>> {
  const doc = await exchangeExport(ctx, slug);
  return ocdsReleasePackageOf(doc, {
    publisherName: doc.workspace.name,
    ocidPrefix: options.ocidPrefix ?? "ocds-partnerscope",
    publishedDate: ctx
      .now()
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z"),
    uri: options.uri ?? `urn:partnerscope:${slug}:ocds`,
  });
}
