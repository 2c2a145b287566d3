import { z } from "zod";
import { name } from "./primitives.ts";
import {
  contractSchema,
  evidenceItemSchema,
  lifecycleEventSchema,
  organisationSchema,
  partnershipSchema,
} from "./schemas.ts";

/** The identifier of our JSON exchange format. */
export const EXCHANGE_FORMAT = "partnerscope/v1";

/** A whole workspace as one JSON document: `partnerscope/v1`. */
export const exchangeSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT, {
    message: `must be "${EXCHANGE_FORMAT}" (this is not a partnerscope exchange file)`,
  }),
  workspace: z.object({ name }),
  organisations: z.array(organisationSchema).default([]),
  partnerships: z.array(partnershipSchema).default([]),
  events: z.array(lifecycleEventSchema).default([]),
  contracts: z.array(contractSchema).default([]),
  evidence: z.array(evidenceItemSchema).default([]),
});
export type ExchangeDocument = z.infer<typeof exchangeSchema>;
export type ExchangeInput = z.input<typeof exchangeSchema>;
