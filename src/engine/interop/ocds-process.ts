import type { OcdsProcess } from "./ocds-map.ts";
import { compiledReleaseOf, type OcdsRelease } from "./ocds-merge.ts";
import type { MergeRules } from "./ocds-merge-rules.ts";

type Json = Record<string, unknown>;

/** One release or record of a contracting process, with what its package said about it. */
export interface OcdsEntry {
  kind: "release" | "record";
  value: Json;
  /** The publisher's name from the package (or the bare value). */
  publisher: string | null;
  /** The OCDS version the package declares ("1.0" when it declares none). */
  version: string;
}

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/**
 * The ocid of a release or record (a record without one may still carry it in its compiled release).
 * @example ocidOf({ compiledRelease: { ocid: "ocds-x-1" } }) // "ocds-x-1"
 */
export const ocidOf = (v: Json): string =>
  str(v["ocid"]) || str((v["compiledRelease"] as Json | undefined)?.["ocid"]);

/** The publisher's name of a package's metadata or a bare value, or null. */
export const publisherOf = (meta: Json): string | null =>
  str((meta["publisher"] as Json | undefined)?.["name"]) || null;

/**
 * Most parts one compiled process may have (see `processPartsOf`): mapping a process makes about
 * one record per part and an import holds a process's records together (decision 0007: 60,000
 * parts took an import to about 400 MB).
 */
export const MAX_PROCESS_PARTS = 50_000;

const objects = (v: unknown): Json[] =>
  Array.isArray(v) ? (v.filter((x) => typeof x === "object" && x !== null) as Json[]) : [];
const field = (v: unknown, key: string): unknown =>
  typeof v === "object" && v !== null ? (v as Json)[key] : undefined;

/**
 * How many records a compiled release maps to, about: its parties, awards, their suppliers and
 * subcontracts, bids and their tenderers.
 * @example processPartsOf({ parties: [{}], awards: [{ suppliers: [{}, {}] }] }) // 4
 */
export function processPartsOf(compiled: Json): number {
  let parts = objects(compiled["parties"]).length;
  for (const award of objects(compiled["awards"]))
    parts +=
      1 +
      objects(award["suppliers"]).length +
      objects(field(award["subcontracting"], "subcontracts")).length;
  for (const bid of objects(field(compiled["bids"], "details")))
    parts += 1 + objects(bid["tenderers"]).length;
  return parts;
}

/**
 * One contracting process from every entry of its ocid, in file order: the releases (a record's
 * embedded releases too) and the compiled release — a record's own, or compiled here with the
 * merge rules of the first entry's OCDS version. Throws, naming the limit, when the compiled
 * release has more than MAX_PROCESS_PARTS parts.
 * @example ocdsProcessOf("ocds-x-1", entries, "a.json", (v) => mergeRulesOf(schema, v)).compiled
 */
export function ocdsProcessOf(
  ocid: string,
  entries: readonly OcdsEntry[],
  sourceFile: string,
  rulesOf: (version: string) => MergeRules,
): OcdsProcess {
  const releases: Json[] = [];
  let compiled: Json | null = null;
  for (const entry of entries) {
    if (entry.kind === "release") releases.push(entry.value);
    else {
      const embedded = Array.isArray(entry.value["releases"])
        ? (entry.value["releases"] as Json[]).filter((r) => r && "date" in r && "ocid" in r)
        : [];
      releases.push(...embedded);
      if (entry.value["compiledRelease"]) compiled = entry.value["compiledRelease"] as Json;
    }
  }
  const first = entries[0];
  const whole =
    (compiled as OcdsRelease | null) ??
    compiledReleaseOf(releases, rulesOf(first?.version ?? "1.1"));
  const parts = processPartsOf(whole);
  if (parts > MAX_PROCESS_PARTS)
    throw new Error(
      `the contracting process has ${parts.toLocaleString("en-GB")} parties, awards, suppliers, subcontracts, bids and tenderers, more than the limit of ${MAX_PROCESS_PARTS.toLocaleString("en-GB")} for one process (it is mapped whole): split it`,
    );
  return { ocid, releases, compiled: whole, sourceFile, publisher: first?.publisher ?? null };
}
