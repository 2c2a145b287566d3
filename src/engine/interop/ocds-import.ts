import type { ExchangeDocument } from "../../shared/index.ts";
import type { ImportProvenance } from "./exchange-builder.ts";
import type { ImportCounts, ImportOptions } from "./import-options.ts";
import { declaredExtensionsOf, type SupportedOcdsExtension } from "./ocds-extensions.ts";
import { ocdsInputKindOf, RECORD_KEYS } from "./ocds-input.ts";
import { exchangeOfOcds, type OcdsProcess } from "./ocds-map.ts";
import type { OcdsRelease } from "./ocds-merge.ts";
import { mergeRulesOf } from "./ocds-merge-rules.ts";
import { type OcdsEntry, ocdsProcessOf, ocidOf, publisherOf } from "./ocds-process.ts";
import { createOcdsValidator, type OcdsSchemaSet, type OcdsValidator } from "./ocds-validator.ts";
import type { OrgIdRegister } from "./org-id.ts";
import { createValidationReport, type ValidationReport } from "./validation-report.ts";

type Json = Record<string, unknown>;

/** A package's metadata (everything but its releases or records). */
interface PackageInfo {
  kind: "release" | "record";
  metadata: Json;
  label: string;
}

interface Item {
  kind: "release" | "record";
  value: Json;
  label: string;
  /** Index into the packages seen, or -1 for a bare release or record. */
  pkg: number;
}

/** The outcome of an OCDS import: the grouped validation report, the document and its provenance. */
export interface OcdsImportResult {
  report: ValidationReport & { warnings: string[] };
  document: ExchangeDocument;
  provenance: ImportProvenance;
  counts: ImportCounts;
  compiledReleases: OcdsRelease[];
}

/**
 * Collects OCDS input piece by piece (package metadata, releases, records — as a stream reader
 * yields them), then validates, compiles per ocid and maps to an exchange document.
 * @example const ocds = createOcdsImport("a.json", schemas, register); ocds.addValue(release, "release"); ocds.finish().counts.releases // 1
 */
export function createOcdsImport(
  sourceFile: string,
  schemas: OcdsSchemaSet,
  register: OrgIdRegister,
  options: ImportOptions = {},
) {
  const packages: PackageInfo[] = [];
  const items: Item[] = [];
  const warnings: string[] = [];
  const unreadable: string[] = [];
  const api = {
    /** Adds a package's metadata; its items follow through `addItem` with the returned index. */
    addPackage(kind: "release" | "record", metadata: Json, label = "package"): number {
      packages.push({ kind, metadata, label });
      return packages.length - 1;
    },
    addItem(kind: "release" | "record", value: Json, label: string, pkg = -1): void {
      items.push({ kind, value, label, pkg });
    },
    /** Adds a whole JSON value: a package with its items, a bare release or a bare record. */
    addValue(value: unknown, label: string): void {
      const kind = ocdsInputKindOf(value);
      const v = value as Json;
      if (kind === "releasePackage" || kind === "recordPackage") {
        const key = kind === "releasePackage" ? "releases" : "records";
        const { [key]: list, ...metadata } = v;
        const pkg = api.addPackage(
          kind === "releasePackage" ? "release" : "record",
          metadata,
          label,
        );
        (list as unknown[]).forEach((item, i) =>
          api.addItem(
            key === "releases" ? "release" : "record",
            item as Json,
            `${label} ${key}[${i}]`,
            pkg,
          ),
        );
      } else if (kind === "release" || kind === "record") api.addItem(kind, v, label);
      else if (kind === "versionedRelease") unreadable.push(label);
      else
        warnings.push(
          `${label}: not an OCDS release, record or package (no ocid, releases or records); skipped`,
        );
    },
    /** Closes a streamed package; one that turns out to be a bare record (it has `compiledRelease`…) is re-read as one. */
    endPackage(pkg: number): void {
      const info = packages[pkg];
      if (!info || ![...RECORD_KEYS, "ocid"].some((k) => k in info.metadata)) return;
      const releases = items.filter((i) => i.pkg === pkg).map((i) => i.value);
      packages.splice(pkg, 1);
      items.splice(0, items.length, ...items.filter((i) => i.pkg !== pkg));
      api.addItem("record", { ...info.metadata, releases }, info.label);
    },
    finish: (): OcdsImportResult =>
      finishImport(sourceFile, schemas, register, options, {
        packages,
        items,
        warnings,
        unreadable,
      }),
  };
  return api;
}

function extensionsOf(
  packages: readonly PackageInfo[],
  warnings: string[],
): SupportedOcdsExtension[] {
  const declared = declaredExtensionsOf(
    packages.flatMap((p) =>
      Array.isArray(p.metadata["extensions"]) ? p.metadata["extensions"] : [],
    ),
  );
  for (const url of new Set(declared.unsupported))
    warnings.push(`extension not supported, its fields are not checked: ${url}`);
  return declared.supported;
}

function validate(
  validator: OcdsValidator,
  packages: readonly PackageInfo[],
  items: readonly Item[],
  unreadable: readonly string[],
) {
  const report = createValidationReport();
  const versioned = {
    rule: "versioned-release",
    path: "",
    message:
      "a versioned release (field histories) cannot be imported: import the releases or a record instead",
  };
  for (const label of unreadable) report.add(label, [versioned]);
  for (const p of packages)
    report.add(
      p.label,
      validator.packageMetadata(p.kind, { ...p.metadata, [`${p.kind}s`]: [] }),
      false,
    );
  const invalid = new Set<Item>();
  for (const item of items) {
    const issues =
      item.kind === "release" ? validator.release(item.value) : validator.record(item.value);
    const ocid = ocidOf(item.value);
    report.add(`${item.label}${ocid ? ` (${ocid})` : ""}`, issues);
    if (issues.length > 0) invalid.add(item);
  }
  return { report: report.result(), invalid };
}

function processesOf(
  items: readonly Item[],
  packages: readonly PackageInfo[],
  sourceFile: string,
  validator: OcdsValidator,
): OcdsProcess[] {
  const byOcid = new Map<string, OcdsEntry[]>();
  for (const item of items) {
    const meta = item.pkg >= 0 ? packages[item.pkg]!.metadata : item.value;
    // A package without `version` is OCDS 1.0; a bare release is read as 1.1.
    const version = item.pkg >= 0 ? String(meta["version"] ?? "") || "1.0" : "1.1";
    const ocid = ocidOf(item.value);
    const entries = byOcid.get(ocid) ?? [];
    entries.push({ kind: item.kind, value: item.value, publisher: publisherOf(meta), version });
    byOcid.set(ocid, entries);
  }
  const rulesOf = (version: string) => mergeRulesOf(validator.releaseSchema, version);
  return [...byOcid].map(([ocid, entries]) => ocdsProcessOf(ocid, entries, sourceFile, rulesOf));
}

function finishImport(
  sourceFile: string,
  schemas: OcdsSchemaSet,
  register: OrgIdRegister,
  options: ImportOptions,
  read: {
    packages: readonly PackageInfo[];
    items: readonly Item[];
    warnings: string[];
    unreadable: readonly string[];
  },
): OcdsImportResult {
  const { packages, items, warnings, unreadable } = read;
  const validator = createOcdsValidator(schemas, extensionsOf(packages, warnings));
  warnings.push(...validator.notes);
  const { report, invalid } = validate(validator, packages, items, unreadable);
  const policy = options.onInvalid ?? "import-all";
  const kept =
    policy === "stop" && invalid.size > 0
      ? []
      : policy === "import-valid"
        ? items.filter((i) => !invalid.has(i))
        : items;
  const processes = processesOf(
    kept.filter((i) => ocidOf(i.value) !== ""),
    packages,
    sourceFile,
    validator,
  );
  const { document, provenance } = exchangeOfOcds(
    processes,
    register,
    options.workspaceName ?? `Import of ${sourceFile}`,
  );
  const counts: ImportCounts = {
    packages: packages.length,
    releases: items.filter((i) => i.kind === "release").length,
    records: items.filter((i) => i.kind === "record").length,
    invalid: invalid.size,
    ocids: processes.length,
    organisations: document.organisations.length,
    contracts: document.contracts.length,
    partnerships: document.partnerships.length,
    events: document.events.length,
  };
  return {
    report: { ...report, warnings },
    document,
    provenance,
    counts,
    compiledReleases: processes.map((p) => p.compiled),
  };
}
