/**
 * What the value-map API answers (src/api/routes/value-maps.ts, and the proxy copy in proxies.ts):
 * stored maps, the list's sizes and the engine's results, which pass through whole.
 */
import { z } from "zod";
import { declaredObject } from "./api-common.ts";
import type { ValueMapDocument } from "./value-map.ts";
import type { ValueMapResult } from "./value-map-results.ts";

/** A value map in a list: sizes, without the document. */
export const valueMapSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  perspectives: z.number().int(),
  inputs: z.number().int(),
  outcomes: z.number().int(),
  updatedAt: z.string(),
});

/** A value map in a list. */
export type ValueMapSummary = z.infer<typeof valueMapSummarySchema>;

/** A stored value map with its validated document (checked by its own validator on the way in). */
export const valueMapViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  document: declaredObject<ValueMapDocument>("The value map document (partnerscope-valuemap/v1)"),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The user who created it; kept by every later update. */
  createdBy: z.string().nullable(),
});

/** A stored value map as the API answers it. */
export type ValueMapView = z.infer<typeof valueMapViewSchema>;

/** A value map's results by perspective (the engine's result, passed through whole). */
export const valueMapResultSchema = declaredObject<ValueMapResult>(
  "Results by perspective: totals, ratios, sensitivity, Monte Carlo, flags and projections",
);
