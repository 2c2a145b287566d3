import type { ValidateFunction } from "ajv";
import { draft04Ajv } from "./ajv-instances.ts";
import { withValueIssues } from "./import-values.ts";
import type { SupportedOcdsExtension } from "./ocds-extensions.ts";
import { extendedReleaseSchemaOf, SUPPORTED_OCDS_EXTENSIONS } from "./ocds-extensions.ts";
import { ocdsValueIssues } from "./ocds-values.ts";
import type { RecordIssue } from "./validation-report.ts";
import { issuesOfAjvErrors } from "./validation-report.ts";

type Json = Record<string, unknown>;

/** The OCDS 1.1.5 schemas and the supported extensions' release-schema patches, as loaded JSON. */
export interface OcdsSchemaSet {
  release: Json;
  releasePackage: Json;
  recordPackage: Json;
  versionedRelease: Json;
  extensions: Partial<Record<SupportedOcdsExtension, Json>>;
}

/** Validates OCDS releases, records and package metadata against 1.1.5 plus chosen extensions. */
export interface OcdsValidator {
  /** The release schema with the extensions applied (also the source of merge rules). */
  releaseSchema: Json;
  /** Things the report should mention (e.g. definitions accepted without checks). */
  notes: string[];
  release(release: unknown): RecordIssue[];
  record(record: unknown): RecordIssue[];
  packageMetadata(kind: "release" | "record", metadata: unknown): RecordIssue[];
}

/** A package schema whose `releases`/`records` are only checked to be arrays: items are validated one by one. */
function metadataSchemaOf(packageSchema: Json): Json {
  const { id: _id, ...rest } = structuredClone(packageSchema);
  const properties = { ...(rest["properties"] as Json) };
  for (const key of ["releases", "records"])
    if (key in properties) properties[key] = { type: "array" };
  return { ...rest, properties };
}

/**
 * Compiles validators for OCDS 1.1.5 (draft-04 via ajv-draft-04, formats via ajv-formats) with the
 * given supported extensions merged into the release schema (JSON Merge Patch).
 * @example createOcdsValidator(schemas, ["ocds_bid_extension"]).release({ ocid: "x" }) // [{ rule: "required:id", … }, …]
 */
export function createOcdsValidator(
  schemas: OcdsSchemaSet,
  extensions: readonly SupportedOcdsExtension[],
): OcdsValidator {
  const chosen = SUPPORTED_OCDS_EXTENSIONS.filter(
    (e) => extensions.includes(e) && schemas.extensions[e],
  );
  const { schema: releaseSchema, notes } = extendedReleaseSchemaOf(
    schemas.release,
    chosen.map((e) => schemas.extensions[e]!),
  );
  const ajv = draft04Ajv();
  ajv.addSchema(releaseSchema);
  ajv.addSchema(schemas.versionedRelease);
  const release = ajv.compile(
    releaseSchema["id"] ? { $ref: String(releaseSchema["id"]) } : releaseSchema,
  );
  let record: ValidateFunction | null = null;
  const recordDef = (schemas.recordPackage["definitions"] as Json)["record"] as Json;
  const metadata = {
    release: ajv.compile(metadataSchemaOf(schemas.releasePackage)),
    record: ajv.compile(metadataSchemaOf(schemas.recordPackage)),
  };
  const run = (fn: ValidateFunction, value: unknown) =>
    fn(value) ? [] : issuesOfAjvErrors(fn.errors, value);
  return {
    releaseSchema,
    notes,
    // Then the values the import could not store as given (ocds-values.ts).
    release: (value) => withValueIssues(run(release, value), ocdsValueIssues(value, "release")),
    record: (value) => {
      // Compiled on first use: the versioned-release schema it refers to is large.
      record ??= ajv.compile(recordDef);
      return withValueIssues(run(record, value), ocdsValueIssues(value, "record"));
    },
    packageMetadata: (kind, value) => run(metadata[kind], value),
  };
}
