/** The exchange format's pure parts: canonical order and reference checks. */
export { canonicalExchange, exchangeToJson } from "./canonical.ts";
export { referenceProblemsOf } from "./references.ts";
