import type { ImportProvenance } from "../../engine/interop/exchange-builder.ts";
import { exchangeOfGrants, type GrantInput } from "../../engine/interop/giving-chunk.ts";
import { exchangeOfOcds, type OcdsProcess } from "../../engine/interop/ocds-map.ts";
import { type MergeRules, mergeRulesOf } from "../../engine/interop/ocds-merge-rules.ts";
import {
  type OcdsEntry,
  ocdsProcessOf,
  processPartsOf,
} from "../../engine/interop/ocds-process.ts";
import type { OcdsValidator } from "../../engine/interop/ocds-validator.ts";
import type { OrgIdRegister } from "../../engine/interop/org-id.ts";
import type { ExchangeDocument } from "../../shared/index.ts";
import { invalid } from "../errors.ts";
import type { ImportSpill, SpillRow } from "./import-spill.ts";
import { yieldPoint } from "./yield-point.ts";

/** One chunk of mapped records: a small exchange document, its provenance, how many records. */
export interface MappedChunk {
  document: ExchangeDocument;
  provenance: ImportProvenance;
  records: number;
  /** OCDS: the contracting processes compiled for this chunk. */
  processes?: number;
}

/** An import stores one provenance row per organisation (its first source): no more are collected. */
const FIRST_SOURCE = { organisationSources: "first" } as const;

/**
 * Records mapped together: big enough for multi-row inserts, small enough to keep memory flat —
 * and the event loop free: mapping, validating and planning a chunk are steps that cannot pause
 * (see yield-point.ts), and at 500 each takes a few milliseconds (at 2,000 they kept requests to
 * the API waiting for up to 200 ms on a busy machine; imports were no faster).
 */
export const CHUNK_RECORDS = 500;

/** OCDS: a chunk also ends once its processes have this many parts (`processPartsOf`): releases with many awards each. */
export const CHUNK_PARTS = 20_000;

/** Where the records of a file came from, as mapping needs it. */
export interface ChunkSource {
  sourceFile: string;
  workspaceName: string;
  register: OrgIdRegister;
  /** Only records that passed validation (`import-valid`). */
  validOnly: boolean;
}

/**
 * Pass 2 of a 360Giving import: the spilled grants in file order, mapped CHUNK_RECORDS at a time
 * (pausing for other work now and then: see yield-point.ts).
 * @example for await (const chunk of givingChunksOf(spill, source, publisher)) write(chunk);
 */
export async function* givingChunksOf(
  spill: ImportSpill,
  source: ChunkSource,
  publisher: string | null,
): AsyncGenerator<MappedChunk> {
  const meta = { sourceFile: source.sourceFile, workspaceName: source.workspaceName, publisher };
  let grants: GrantInput[] = [];
  const flush = (): MappedChunk => {
    const mapped = exchangeOfGrants(grants, source.register, meta, FIRST_SOURCE);
    const chunk = { ...mapped, records: grants.length };
    grants = [];
    return chunk;
  };
  for (const row of spill.rows(source.validOnly)) {
    grants.push({ grant: JSON.parse(row.json), row: row.row ?? undefined });
    if (grants.length >= CHUNK_RECORDS) yield flush();
    await yieldPoint();
  }
  if (grants.length > 0) yield flush();
}

const entryOf = (row: SpillRow): OcdsEntry => ({
  kind: row.kind as OcdsEntry["kind"],
  value: JSON.parse(row.json),
  publisher: row.publisher,
  version: row.version ?? "1.1",
});

/** One contracting process compiled; releases that cannot be merged are the file's fault, named. */
function processOf(
  ocid: string,
  entries: readonly OcdsEntry[],
  sourceFile: string,
  rulesOf: (version: string) => MergeRules,
): OcdsProcess {
  try {
    return ocdsProcessOf(ocid, entries, sourceFile, rulesOf);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw invalid(`${sourceFile}: ${ocid}: ${message}`, [{ path: ocid, message }]);
  }
}

/**
 * Pass 2 of an OCDS import: the spilled releases and records ocid by ocid (in order of first
 * appearance), each ocid compiled from all of its releases, mapped about CHUNK_RECORDS at a time
 * (pausing for other work now and then: see yield-point.ts).
 * @example for await (const chunk of ocdsChunksOf(spill, source, validator)) write(chunk);
 */
export async function* ocdsChunksOf(
  spill: ImportSpill,
  source: ChunkSource,
  validator: OcdsValidator,
): AsyncGenerator<MappedChunk> {
  const rules = new Map<string, MergeRules>();
  const rulesOf = (version: string) => {
    if (!rules.has(version)) rules.set(version, mergeRulesOf(validator.releaseSchema, version));
    return rules.get(version)!;
  };
  let processes: OcdsProcess[] = [];
  let records = 0;
  let parts = 0;
  let entries: OcdsEntry[] = [];
  let ocid = "";
  const close = () => {
    if (entries.length) processes.push(processOf(ocid, entries, source.sourceFile, rulesOf));
    if (entries.length) parts += processPartsOf(processes.at(-1)!.compiled);
    entries = [];
  };
  const flush = (): MappedChunk => {
    const mapped = exchangeOfOcds(processes, source.register, source.workspaceName, FIRST_SOURCE);
    const chunk = { ...mapped, records, processes: processes.length };
    processes = [];
    records = 0;
    parts = 0;
    return chunk;
  };
  for (const row of spill.rowsByOcid(source.validOnly)) {
    if (row.ocid !== ocid) {
      close();
      if (records >= CHUNK_RECORDS || parts >= CHUNK_PARTS) yield flush();
      ocid = row.ocid;
    }
    entries.push(entryOf(row));
    records++;
    await yieldPoint();
  }
  close();
  if (processes.length > 0) yield flush();
}
