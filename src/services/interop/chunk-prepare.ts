import type { ImportProvenance } from "../../engine/interop/exchange-builder.ts";
import type { ExchangeDocument } from "../../shared/index.ts";
import { exchangeValidate } from "../exchange.ts";
import type { MappedChunk } from "./import-chunks.ts";
import { documentWithAliases } from "./organisation-aliases.ts";

/** Ids that references in a chunk may point at although the chunk does not hold them. */
export interface KnownIds {
  organisations: Set<string>;
  partnerships: Set<string>;
}

/** A mapped chunk ready to plan and write: merged organisations folded in, validated as exchange data. */
export interface PreparedChunk {
  valid: ExchangeDocument;
  merged: { id: string; into: string }[];
  provenance: ImportProvenance;
  records: number;
  processes?: number | undefined;
}

/**
 * Folds organisations merged away into their survivors, then validates the chunk as exchange
 * data (shape and references): a chunk the mapping got wrong fails here, before anything is written.
 * @example const { valid } = prepareChunk(chunk, new Map(), { organisations: new Set(), partnerships: new Set() });
 */
export function prepareChunk(
  chunk: MappedChunk,
  aliases: ReadonlyMap<string, string>,
  known: KnownIds,
): PreparedChunk {
  const { document, merged } = documentWithAliases(chunk.document, aliases);
  const valid = exchangeValidate(document, known);
  return {
    valid,
    merged,
    provenance: chunk.provenance,
    records: chunk.records,
    processes: chunk.processes,
  };
}

/**
 * Lets queued I/O callbacks run: between the steps of mapping a chunk, the PostgreSQL client can
 * send the previous chunk's next statement, so the server writes while this process maps.
 */
export const breather = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Prepares mapped chunks in this thread, one at a time, pausing between them for I/O.
 * @example for await (const p of preparedChunksOf(source.chunks(), aliases, known)) write(p);
 */
export async function* preparedChunksOf(
  chunks: Iterable<MappedChunk>,
  aliases: ReadonlyMap<string, string>,
  known: KnownIds,
): AsyncGenerator<PreparedChunk> {
  for (const chunk of chunks) {
    await breather();
    yield prepareChunk(chunk, aliases, known);
  }
}
