import type { ImportProvenance } from "../../engine/interop/exchange-builder.ts";
import type { ExchangeDocument, Organisation } from "../../shared/index.ts";
import { exchangeValidate } from "../exchange.ts";
import type { MappedChunk } from "./import-chunks.ts";
import { documentWithAliases } from "./organisation-aliases.ts";
import { yieldPoint } from "./yield-point.ts";

/** Ids that references in a chunk may point at although the chunk does not hold them. */
export interface KnownIds {
  organisations: Set<string>;
  partnerships: Set<string>;
}

/** Whether an organisation is known valid already (identical to one validated before). */
export type AlreadyValid = (o: Organisation) => boolean;

/** A mapped chunk ready to plan and write: merged organisations folded in, validated as exchange data. */
export interface PreparedChunk {
  valid: ExchangeDocument;
  merged: { id: string; into: string }[];
  provenance: ImportProvenance;
  records: number;
  processes?: number | undefined;
  /** Organisations identical to what an earlier chunk of this import brought (not validated again). */
  sameAsBefore: ReadonlySet<string>;
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
  alreadyValid: AlreadyValid = () => false,
): PreparedChunk {
  const { document, merged } = documentWithAliases(chunk.document, aliases);
  // An organisation an earlier chunk brought in exactly this form was validated then: a recipient
  // named by four grants is checked once, not four times. Its id still answers references.
  const again = new Set(document.organisations.filter(alreadyValid));
  const checked =
    again.size === 0
      ? exchangeValidate(document, known)
      : exchangeValidate(
          { ...document, organisations: document.organisations.filter((o) => !again.has(o)) },
          {
            ...known,
            organisations: new Set([...known.organisations, ...[...again].map((o) => o.id)]),
          },
        );
  const byId = new Map(checked.organisations.map((o) => [o.id, o]));
  const valid =
    again.size === 0
      ? checked
      : { ...checked, organisations: document.organisations.map((o) => byId.get(o.id) ?? o) };
  return {
    valid,
    merged,
    provenance: chunk.provenance,
    records: chunk.records,
    processes: chunk.processes,
    sameAsBefore: new Set([...again].map((o) => o.id)),
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
  chunks: Iterable<MappedChunk> | AsyncIterable<MappedChunk>,
  aliases: ReadonlyMap<string, string>,
  known: KnownIds,
  alreadyValid?: AlreadyValid,
): AsyncGenerator<PreparedChunk> {
  for await (const chunk of chunks) {
    await breather();
    const prepared = prepareChunk(chunk, aliases, known, alreadyValid);
    await yieldPoint();
    yield prepared;
  }
}
