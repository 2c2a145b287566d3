import { basename } from "node:path";
import type { Kysely } from "kysely";
import type { InvalidRecordPolicy } from "../../engine/interop/import-options.ts";
import type { ImportMapping } from "../../engine/interop/sheet-mapping.ts";
import type { ValidationReport } from "../../engine/interop/validation-report.ts";
import type { Database } from "../../store/index.ts";
import {
  type AlreadyValid,
  type KnownIds,
  type PreparedChunk,
  preparedChunksOf,
} from "./chunk-prepare.ts";
import { givingPass } from "./giving-pass.ts";
import { type ChunkSource, givingChunksOf, ocdsChunksOf } from "./import-chunks.ts";
import { storedEntitiesOf } from "./import-plan.ts";
import { createImportSpill } from "./import-spill.ts";
import type { ImportProgress } from "./json-file-reader.ts";
import { ocdsPass } from "./ocds-pass.ts";
import { loadOrgIdRegister } from "./schema-files.ts";
import { sourcePreviewOf } from "./source-preview.ts";

/** A file after pass 1: its report, and pass 2 — its records mapped chunk by chunk. */
export interface ImportSource {
  report: ValidationReport & { warnings: string[] };
  counts: Record<string, number>;
  /** How many records pass 2 maps (all, or only the valid ones). */
  kept: number;
  /** Organisation and partnership ids references may point at outside the chunks. */
  known: KnownIds;
  /** Pass 2: the records mapped and prepared chunk by chunk, in file order. */
  prepared(
    aliases: ReadonlyMap<string, string>,
    known: KnownIds,
    alreadyValid?: AlreadyValid,
  ): AsyncIterable<PreparedChunk>;
  /** Deletes the temporary files. */
  close(): void;
}

/** What reading a file needs to know. */
export interface SourceOptions {
  db: Kysely<Database>;
  workspaceId: number | null;
  mapping: ImportMapping | null;
  onInvalid: InvalidRecordPolicy;
  onProgress: ImportProgress;
}

/** OCDS and 360Giving: pass 1 streams the file into a spill file; pass 2 reads it back. */
async function streamedSourceOf(
  kind: "ocds" | "360giving",
  path: string,
  options: SourceOptions,
): Promise<ImportSource> {
  const spill = createImportSpill();
  try {
    const register = await loadOrgIdRegister();
    const sourceFile = basename(path);
    const validOnly = options.onInvalid === "import-valid";
    const source: ChunkSource = {
      sourceFile,
      workspaceName: `Import of ${sourceFile}`,
      register,
      validOnly,
    };
    const pass =
      kind === "ocds"
        ? await ocdsPass(path, spill, options.onProgress)
        : await givingPass(path, spill, options.onProgress);
    const all =
      kind === "ocds" ? pass.counts["releases"]! + pass.counts["records"]! : pass.counts["grants"]!;
    const kept = validOnly ? all - pass.counts["invalid"]! : all;
    return {
      report: pass.report,
      counts: pass.counts,
      kept,
      known: { organisations: new Set(), partnerships: new Set() },
      prepared: (aliases, known, alreadyValid) => {
        const chunks =
          "validator" in pass
            ? ocdsChunksOf(spill, source, pass.validator)
            : givingChunksOf(spill, source, pass.publisher);
        return preparedChunksOf(chunks, aliases, known, alreadyValid);
      },
      close: () => spill.close(),
    };
  } catch (error) {
    spill.close();
    throw error;
  }
}

/** Spreadsheets are read whole (they are small) and written as one chunk. */
async function sheetSourceOf(path: string, options: SourceOptions): Promise<ImportSource> {
  const stored = await storedEntitiesOf(options.db, options.workspaceId);
  const preview = await sourcePreviewOf(
    "csv",
    path,
    stored,
    options.mapping,
    options.onProgress,
    options.onInvalid,
  );
  const stop = !preview.report.valid && options.onInvalid === "stop";
  const chunk = { document: preview.document, provenance: preview.provenance, records: 0 };
  return {
    report: preview.report,
    counts: preview.counts,
    kept: 0,
    known: {
      organisations: new Set(stored.organisations.keys()),
      partnerships: new Set(stored.partnerships.keys()),
    },
    prepared: (aliases, known) => preparedChunksOf(stop ? [] : [chunk], aliases, known),
    close: () => {},
  };
}

/**
 * Pass 1 over a file of the given kind (the validation report, records set aside), with pass 2 —
 * the mapped chunks — ready to run once the caller has decided to go on.
 * @example const source = await importSourceOf("360giving", "grants.json", options); source.report.valid
 */
export function importSourceOf(
  kind: "ocds" | "360giving" | "csv",
  path: string,
  options: SourceOptions,
): Promise<ImportSource> {
  return kind === "csv" ? sheetSourceOf(path, options) : streamedSourceOf(kind, path, options);
}
