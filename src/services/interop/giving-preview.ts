import { basename } from "node:path";
import type { GivingImportResult } from "../../engine/interop/giving-import.ts";
import { createGivingImport } from "../../engine/interop/giving-import.ts";
import { givingColumnIndexOf, grantOfRow } from "../../engine/interop/giving-unflatten.ts";
import type { ImportOptions } from "../../engine/interop/import-options.ts";
import type { ImportProgress } from "./json-file-reader.ts";
import { readJsonFile } from "./json-file-reader.ts";
import { loadGivingSchemas, loadOrgIdRegister } from "./schema-files.ts";
import { fileSizeOf, grantSheetRows } from "./spreadsheet-rows.ts";

type GivingImport = ReturnType<typeof createGivingImport>;
type Json = Record<string, unknown>;

async function readJson(
  path: string,
  giving: GivingImport,
  onProgress: ImportProgress,
): Promise<void> {
  await readJsonFile(
    path,
    {
      shouldStream: (key) => key === "grants",
      onPackage: () => {},
      onItem: (_key, grant, index) => giving.addGrant(grant as Json, `grants[${index}]`),
      onPackageEnd: (metadata) => giving.addPackage(metadata),
      onValue: (value) => {
        // A bare grant (or JSON Lines of grants) is accepted as well as a package.
        if (typeof value === "object" && value !== null && "id" in value)
          giving.addGrant(value as Json, "grant");
        else giving.warn("the file holds no 360Giving package or grant");
      },
    },
    onProgress,
  );
}

async function readSheet(
  path: string,
  giving: GivingImport,
  grantSchema: Json,
  onProgress: ImportProgress,
): Promise<void> {
  const index = givingColumnIndexOf(grantSchema);
  const unknown = new Set<string>();
  const rows = await grantSheetRows(path, ({ row, cells }) => {
    const { grant, unknownColumns } = grantOfRow(cells, index);
    unknownColumns.forEach((c) => unknown.add(c));
    giving.addGrant(grant, `row ${row}`, row);
  });
  if (unknown.size > 0)
    giving.warn(`columns not in the 360Giving standard, ignored: ${[...unknown].join(", ")}`);
  const size = await fileSizeOf(path);
  onProgress(size, size, rows);
}

/**
 * Reads a 360Giving file — a JSON package (streamed grant by grant) or a spreadsheet (CSV/XLSX with
 * the standard's column titles) — validates every grant against 1.4.3 and maps the grants to an
 * exchange document with provenance. Nothing is written anywhere.
 * @example const { report } = await preview360GivingImport("grants.xlsx", () => {});
 */
export async function preview360GivingImport(
  path: string,
  onProgress: ImportProgress = () => {},
  options: ImportOptions = {},
): Promise<GivingImportResult> {
  const [schemas, register] = await Promise.all([loadGivingSchemas(), loadOrgIdRegister()]);
  const giving = createGivingImport(basename(path), schemas, register, options);
  if (/\.(csv|xlsx)$/i.test(path)) await readSheet(path, giving, schemas.grant, onProgress);
  else await readJson(path, giving, onProgress);
  return giving.finish();
}
