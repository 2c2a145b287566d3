import { basename } from "node:path";
import type { ImportOptions } from "../../engine/interop/import-options.ts";
import type { OcdsImportResult } from "../../engine/interop/ocds-import.ts";
import { createOcdsImport } from "../../engine/interop/ocds-import.ts";
import { RECORD_KEYS } from "../../engine/interop/ocds-input.ts";
import type { ImportProgress } from "./json-file-reader.ts";
import { readJsonFile } from "./json-file-reader.ts";
import { loadOcdsSchemas, loadOrgIdRegister } from "./schema-files.ts";

/** Labels a top-level value: `line 3` in JSON Lines (one value per line), else `file`. */
const valueLabel = (index: number, jsonLines: boolean) =>
  jsonLines ? `line ${index + 1}` : "file";

/**
 * Reads an OCDS file — release or record package, bare release or record, or JSON Lines of any of
 * these — streaming it, then validates (1.1.5 + declared supported extensions), compiles each ocid
 * and maps it to an exchange document with provenance. Nothing is written anywhere.
 * @example const { report, counts } = await previewOcdsImport("releases.json", (read, total) => {});
 */
export async function previewOcdsImport(
  path: string,
  onProgress: ImportProgress = () => {},
  options: ImportOptions = {},
): Promise<OcdsImportResult> {
  const [schemas, register] = await Promise.all([loadOcdsSchemas(), loadOrgIdRegister()]);
  const sourceFile = basename(path);
  const ocds = createOcdsImport(sourceFile, schemas, register, options);
  const jsonLines = /\.(jsonl|ndjson)$/i.test(path);
  let pkg = -1;
  await readJsonFile(
    path,
    {
      // A record also has `releases`: stream only what cannot (yet) be a record.
      shouldStream: (key, root) =>
        (key === "releases" || key === "records") &&
        ![...RECORD_KEYS, "ocid"].some((k) => k in root),
      onPackage: (key, metadata, index) => {
        pkg = ocds.addPackage(
          key === "releases" ? "release" : "record",
          metadata,
          valueLabel(index, jsonLines),
        );
      },
      onItem: (key, item, index) => {
        ocds.addItem(
          key === "releases" ? "release" : "record",
          item as Record<string, unknown>,
          `${key}[${index}]`,
          pkg,
        );
      },
      onPackageEnd: () => ocds.endPackage(pkg),
      onValue: (value, index) => ocds.addValue(value, valueLabel(index, jsonLines)),
    },
    onProgress,
  );
  return ocds.finish();
}
