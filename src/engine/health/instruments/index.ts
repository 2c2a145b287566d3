import type { Instrument } from "../../../shared/instruments.ts";
import { COLLABORATION_FACTORS } from "./collaboration-factors.ts";
import { LEVELS_OF_COLLABORATION } from "./levels-of-collaboration.ts";
import { PARTNERSHIP_ANALYSIS } from "./partnership-analysis.ts";
import { SIX_PRINCIPLES } from "./six-principles.ts";

/** The instruments every workspace has: read-only, copied to be edited. */
export const SHIPPED_INSTRUMENTS: readonly Instrument[] = [
  SIX_PRINCIPLES,
  COLLABORATION_FACTORS,
  PARTNERSHIP_ANALYSIS,
  LEVELS_OF_COLLABORATION,
];

/** A shipped instrument by id and version, or null. */
export function shippedInstrument(id: string, version?: number): Instrument | null {
  return (
    SHIPPED_INSTRUMENTS.find(
      (i) => i.id === id && (version === undefined || i.version === version),
    ) ?? null
  );
}
