import type { ExchangeDocument } from "../../shared/index.ts";
import type { ImportProvenance } from "./exchange-builder.ts";
import { exchangeOfGrants } from "./giving-chunk.ts";
import type { GivingSchemaSet } from "./giving-validator.ts";
import { createGivingValidator } from "./giving-validator.ts";
import type { ImportCounts, ImportOptions } from "./import-options.ts";
import type { OrgIdRegister } from "./org-id.ts";
import type { ValidationReport } from "./validation-report.ts";
import { createValidationReport, isError } from "./validation-report.ts";

type Json = Record<string, unknown>;

/** The outcome of a 360Giving import. */
export interface GivingImportResult {
  report: ValidationReport & { warnings: string[] };
  document: ExchangeDocument;
  provenance: ImportProvenance;
  counts: ImportCounts;
}

interface GrantItem {
  grant: Json;
  label: string;
  row?: number;
  valid: boolean;
}

/**
 * Collects 360Giving grants one by one (from a JSON package or spreadsheet rows), validating each
 * against 1.4.3 as it comes, then maps them to an exchange document.
 * @example const g = createGivingImport("g.json", schemas, register); g.addGrant(grant, "grants[0]"); g.finish().counts.grants // 1
 */
export function createGivingImport(
  sourceFile: string,
  schemas: GivingSchemaSet,
  register: OrgIdRegister,
  options: ImportOptions = {},
) {
  const validator = createGivingValidator(schemas);
  const report = createValidationReport();
  const grants: GrantItem[] = [];
  const warnings: string[] = [];
  let publisher: string | null = null;
  return {
    /** Checks a package's metadata (everything but `grants`). */
    addPackage(metadata: Json, label = "package"): void {
      publisher = String((metadata["publisher"] as Json | undefined)?.["name"] ?? "") || null;
      report.add(label, validator.packageMetadata({ ...metadata, grants: [] }), false);
    },
    addGrant(grant: Json, label: string, row?: number): void {
      const issues = validator.grant(grant);
      const id = typeof grant["id"] === "string" ? ` (${grant["id"]})` : "";
      report.add(`${label}${id}`, issues);
      grants.push({ grant, label, row, valid: !issues.some(isError) });
    },
    warn: (message: string) => warnings.push(message),
    finish(): GivingImportResult {
      const policy = options.onInvalid ?? "import-all";
      const invalid = grants.filter((g) => !g.valid).length;
      const kept =
        policy === "stop" && invalid > 0
          ? []
          : policy === "import-valid"
            ? grants.filter((g) => g.valid)
            : grants;
      const { document, provenance } = exchangeOfGrants(kept, register, {
        sourceFile,
        publisher,
        workspaceName: options.workspaceName ?? `Import of ${sourceFile}`,
      });
      const counts: ImportCounts = {
        grants: grants.length,
        invalid,
        imported: kept.length,
        organisations: document.organisations.length,
        contracts: document.contracts.length,
        partnerships: document.partnerships.length,
      };
      return { report: { ...report.result(), warnings }, document, provenance, counts };
    },
  };
}
