import { givingAjv } from "./ajv-instances.ts";
import { grantValueIssues } from "./giving-values.ts";
import { withValueIssues } from "./import-values.ts";
import type { RecordIssue } from "./validation-report.ts";
import { issuesOfAjvErrors } from "./validation-report.ts";

type Json = Record<string, unknown>;

/** The 360Giving 1.4.3 grant and package schemas, as loaded JSON. */
export interface GivingSchemaSet {
  grant: Json;
  package: Json;
}

/**
 * Validates 360Giving grants one by one (the schema, then the values the import could not store
 * as given), and a package's metadata without its grants.
 */
export interface GivingValidator {
  grant(grant: unknown): RecordIssue[];
  packageMetadata(metadata: unknown): RecordIssue[];
}

/**
 * Compiles 360Giving 1.4.3 validators (Ajv 2020-12 with `validateSchema: false`, formats on); a
 * grant's issues show the values they are about, and include warnings (see `isError`).
 * @example createGivingValidator(schemas).grant({ id: "360G-x" }) // [{ rule: "required:title", … }, …]
 */
export function createGivingValidator(schemas: GivingSchemaSet): GivingValidator {
  const ajv = givingAjv();
  const grant = ajv.compile(schemas.grant);
  const { $id: _id, ...pkg } = structuredClone(schemas.package);
  // Grants are validated one at a time (so a report can count them); here only 'an array'.
  const metadata = ajv.compile({
    ...pkg,
    properties: { ...(pkg["properties"] as Json), grants: { type: "array" } },
  });
  return {
    grant: (value) =>
      withValueIssues(
        grant(value) ? [] : issuesOfAjvErrors(grant.errors, value),
        typeof value === "object" && value !== null ? grantValueIssues(value as Json) : [],
      ),
    packageMetadata: (value) => (metadata(value) ? [] : issuesOfAjvErrors(metadata.errors, value)),
  };
}
