import { z } from "zod";
import { entityId } from "./primitives.ts";

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: "must not be empty" })
    .max(max, { message: `must be at most ${max} characters` });

/**
 * A financial proxy in a workspace's library: what it values, its value per unit in a currency and
 * price year, and where it comes from (required: a proxy without a source is a guess).
 */
export const proxyInputSchema = z.object({
  name: text(500),
  value: z
    .number({ message: "must be a number" })
    .refine(Number.isFinite, { message: "must be a finite number" })
    .refine((v) => v >= 0, { message: "must not be negative" }),
  unit: text(200),
  currency: z.string().regex(/^[A-Z]{3}$/, { message: "must be a three-letter code such as GBP" }),
  year: z
    .number({ message: "must be a year" })
    .int({ message: "must be a whole year" })
    .min(1900, { message: "must be 1900 or later" })
    .max(2100, { message: "must be 2100 or earlier" }),
  source: text(2000),
  confidence: z
    .number({ message: "must be a number from 1 to 5" })
    .int({ message: "must be a whole number from 1 to 5" })
    .min(1, { message: "must be from 1 to 5" })
    .max(5, { message: "must be from 1 to 5" })
    .nullable()
    .default(null),
  notes: z.string().max(20000).default(""),
});

/** A checked proxy. */
export type ProxyInput = z.infer<typeof proxyInputSchema>;

/** A stored proxy as the API returns it. */
export const proxySchema = z.object({
  id: z.string(),
  name: z.string(),
  value: z.number(),
  unit: z.string(),
  currency: z.string(),
  year: z.number(),
  source: z.string(),
  confidence: z.number().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
});

/** A stored proxy. */
export type StoredProxy = z.infer<typeof proxySchema>;

/** What copying a proxy into a value map's outcome asks for. */
export const proxyCopySchema = z.object({ proxy: entityId, outcome: entityId });

/** The columns of a proxies CSV, in the order the export writes them. */
export const PROXY_COLUMNS = [
  "id",
  "name",
  "value",
  "unit",
  "currency",
  "year",
  "source",
  "confidence",
  "notes",
] as const;
