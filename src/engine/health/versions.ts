import type { Instrument } from "../../shared/instruments.ts";

/**
 * A copy of `source` under a new id, starting again at version 1: a copy is a new instrument, so
 * its answers are never compared with the original's.
 */
export function instrumentCopy(source: Instrument, id: string, name?: string): Instrument {
  return {
    ...structuredClone(source),
    id,
    version: 1,
    name: name ?? `${source.name} (copy)`,
  };
}

/**
 * The next version of an instrument from an edited document: same id, version one above the
 * latest, so waves answered on an earlier version keep being scored against it.
 */
export function instrumentNextVersion(edited: Instrument, latestVersion: number): Instrument {
  return { ...structuredClone(edited), version: latestVersion + 1 };
}
