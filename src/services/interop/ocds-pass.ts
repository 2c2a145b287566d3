import { declaredExtensionsOf } from "../../engine/interop/ocds-extensions.ts";
import { ocdsInputKindOf, RECORD_KEYS } from "../../engine/interop/ocds-input.ts";
import { ocidOf, publisherOf } from "../../engine/interop/ocds-process.ts";
import {
  createOcdsValidator,
  type OcdsSchemaSet,
  type OcdsValidator,
} from "../../engine/interop/ocds-validator.ts";
import {
  createValidationReport,
  isError,
  type ValidationReport,
} from "../../engine/interop/validation-report.ts";
import { ImportInputError } from "./import-input-error.ts";
import { IMPORT_LIMITS, type ImportLimits, sizeText } from "./import-limits.ts";
import type { ImportSpill, OcidSize } from "./import-spill.ts";
import { type ImportProgress, readJsonFile } from "./json-file-reader.ts";
import { loadOcdsSchemas } from "./schema-files.ts";

type Json = Record<string, unknown>;
type Kind = "release" | "record";

/** What the validating pass over an OCDS file found, and the validator to compile with. */
export interface OcdsPassResult {
  report: ValidationReport & { warnings: string[] };
  counts: Record<string, number>;
  validator: OcdsValidator;
}

const VERSIONED = {
  rule: "versioned-release",
  path: "",
  message:
    "a versioned release (field histories) cannot be imported: import the releases or a record instead",
};

/** Compiled validators, kept across imports: compiling blocks the event loop (~150 ms) the API serves on. */
const compiled = new WeakMap<OcdsSchemaSet, Map<string, OcdsValidator>>();

function compiledOf(schemas: OcdsSchemaSet): Map<string, OcdsValidator> {
  const cache = compiled.get(schemas) ?? new Map<string, OcdsValidator>();
  compiled.set(schemas, cache);
  return cache;
}

/** Validators by the set of supported extensions declared so far (compiling one takes a while). */
function createValidators(schemas: OcdsSchemaSet) {
  const declared = new Set<string>();
  const cache = compiledOf(schemas);
  return {
    declare(metadata: Json): void {
      if (Array.isArray(metadata["extensions"]))
        for (const url of metadata["extensions"]) declared.add(String(url));
    },
    current(): OcdsValidator {
      const { supported } = declaredExtensionsOf([...declared]);
      const key = supported.join(",");
      if (!cache.has(key)) cache.set(key, createOcdsValidator(schemas, supported));
      return cache.get(key)!;
    },
    unsupported: () => [...new Set(declaredExtensionsOf([...declared]).unsupported)],
  };
}

/**
 * Refuses the file once one ocid has more releases and records, or more text, than one process
 * may have: pass 2 compiles each process whole, in memory (decision 0007).
 */
function checkOcidSize(ocid: string, label: string, size: OcidSize, limits: ImportLimits): void {
  const many = size.entries > limits.maxEntriesPerOcid;
  if (!many && size.chars <= limits.maxCharsPerOcid) return;
  const what = many
    ? `more than ${limits.maxEntriesPerOcid.toLocaleString("en-GB")} releases and records`
    : `more than ${sizeText(limits.maxCharsPerOcid)} of JSON text in its releases and records`;
  throw new ImportInputError(
    `ocid ${ocid} has ${what} (${label} went over; the limit for one contracting process, compiled whole): split the process or import fewer of its releases`,
  );
}

/** Pass 1 over OCDS input: validates each piece as it comes and keeps it in the spill file. */
function createOcdsPass(spill: ImportSpill, schemas: OcdsSchemaSet, limits: ImportLimits) {
  const validators = createValidators(schemas);
  const report = createValidationReport();
  const warnings: string[] = [];
  const counts = { packages: 0, releases: 0, records: 0, invalid: 0 };
  let nextPackage = 0;
  const pass = {
    openPackage(metadata: Json): number {
      validators.declare(metadata);
      counts.packages++;
      return nextPackage++;
    },
    addItem(kind: Kind, value: Json, label: string, pkg: number, text?: string): void {
      const validator = validators.current();
      const issues = kind === "release" ? validator.release(value) : validator.record(value);
      const ocid = ocidOf(value);
      report.add(`${label}${ocid ? ` (${ocid})` : ""}`, issues);
      counts[`${kind}s`]++;
      // Warnings (an end before its start, not stored) do not make a release invalid.
      const valid = !issues.some(isError);
      if (!valid) counts.invalid++;
      const json = text ?? JSON.stringify(value);
      spill.add({ kind, ocid, label, row: null, pkg, valid, json });
      if (ocid !== "") checkOcidSize(ocid, label, spill.lastOcidSize(), limits);
    },
    closePackage(kind: Kind, metadata: Json, label: string, pkg: number): void {
      validators.declare(metadata);
      if ([...RECORD_KEYS, "ocid"].some((k) => k in metadata)) {
        // A record whose `releases` came before the keys that make it a record: read as one.
        const releases = spill.takePackage(pkg).map((j) => JSON.parse(j) as Json);
        counts.packages--;
        counts.releases -= releases.length;
        pass.addBare({ ...metadata, releases }, label);
        return;
      }
      const meta = { ...metadata, [`${kind}s`]: [] };
      report.add(label, validators.current().packageMetadata(kind, meta), false);
      // A package without `version` is OCDS 1.0.
      spill.addPackage(pkg, publisherOf(metadata), String(metadata["version"] ?? "") || "1.0");
    },
    addBare(value: Json, label: string): void {
      const kind = ocdsInputKindOf(value);
      const pkg = nextPackage++;
      // A bare release or record is read as OCDS 1.1, its publisher from itself.
      spill.addPackage(pkg, publisherOf(value), "1.1");
      pass.addItem(kind as Kind, value, label, pkg);
    },
    addValue(value: unknown, label: string): void {
      const kind = ocdsInputKindOf(value);
      const v = value as Json;
      if (kind === "releasePackage" || kind === "recordPackage") pass.addPackage(v, label);
      else if (kind === "release" || kind === "record") pass.addBare(v, label);
      else if (kind === "versionedRelease") report.add(label, [VERSIONED]);
      else
        warnings.push(
          `${label}: not an OCDS release, record or package (no ocid, releases or records); skipped`,
        );
    },
    addPackage(v: Json, label: string): void {
      const kind: Kind = Array.isArray(v["records"]) ? "record" : "release";
      const { [`${kind}s`]: list, ...metadata } = v;
      const pkg = pass.openPackage(metadata);
      (list as Json[]).forEach((item, i) =>
        pass.addItem(kind, item, `${label} ${kind}s[${i}]`, pkg),
      );
      pass.closePackage(kind, metadata, label, pkg);
    },
    result(): OcdsPassResult {
      const validator = validators.current();
      for (const url of validators.unsupported())
        warnings.push(`extension not supported, its fields are not checked: ${url}`);
      warnings.push(...validator.notes);
      return { report: { ...report.result(), warnings }, counts, validator };
    },
  };
  return pass;
}

/** Labels a top-level value: `line 3` in JSON Lines (one value per line), else `file`. */
const valueLabel = (index: number, jsonLines: boolean) =>
  jsonLines ? `line ${index + 1}` : "file";

/**
 * Pass 1 of an OCDS import: streams a release or record package, a bare release or record, or
 * JSON Lines of these; validates each release and record (1.1.5 + declared supported extensions)
 * into the grouped report and keeps it in `spill`, keyed by ocid, for compiling in pass 2. A file
 * beyond `limits` (an item too long, an ocid with too many releases) is refused, naming where.
 * @example const { report } = await ocdsPass("releases.json", spill, () => {});
 */
export async function ocdsPass(
  path: string,
  spill: ImportSpill,
  onProgress: ImportProgress,
  limits: ImportLimits = IMPORT_LIMITS,
): Promise<OcdsPassResult> {
  const pass = createOcdsPass(spill, await loadOcdsSchemas(), limits);
  const jsonLines = /\.(jsonl|ndjson)$/i.test(path);
  const open = { pkg: -1, kind: "release" as Kind, label: "file" };
  await readJsonFile(
    path,
    {
      // A record also has `releases`: stream only what cannot (yet) be a record.
      shouldStream: (key, root) =>
        (key === "releases" || key === "records") &&
        ![...RECORD_KEYS, "ocid"].some((k) => k in root),
      onPackage: (key, metadata, index) => {
        Object.assign(open, { kind: key === "releases" ? "release" : "record" });
        open.label = valueLabel(index, jsonLines);
        open.pkg = pass.openPackage(metadata);
      },
      onItem: (key, item, index, text) =>
        pass.addItem(open.kind, item as Json, `${key}[${index}]`, open.pkg, text),
      onPackageEnd: (metadata) => pass.closePackage(open.kind, metadata, open.label, open.pkg),
      onValue: (value, index) => pass.addValue(value, valueLabel(index, jsonLines)),
      maxItemChars: limits.maxItemChars,
    },
    (read, total, records) => onProgress(read, total, records, "validating"),
  );
  spill.seal();
  return pass.result();
}
