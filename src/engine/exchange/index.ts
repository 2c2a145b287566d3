/** The exchange format's pure parts: canonical order and reference checks. */
export { canonicalExchange, exchangeToJson } from "./canonical.ts";
export { type KnownIds, type Reference, referenceProblemsOf, referencesOf } from "./references.ts";

import type { ExchangeDocument } from "../../shared/index.ts";
import { EXCHANGE_FORMAT } from "../../shared/index.ts";

/** An exchange document with nothing in it. */
export function emptyExchange(name: string): ExchangeDocument {
  return {
    format: EXCHANGE_FORMAT,
    workspace: { name },
    organisations: [],
    partnerships: [],
    events: [],
    contracts: [],
    evidence: [],
  };
}
