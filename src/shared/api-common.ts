/**
 * Shapes every part of the HTTP API shares: the one error body, list pages, `{ items }` answers,
 * file downloads and engine results described by their declared TypeScript types. The routes declare
 * them as response schemas (so the OpenAPI document describes answers too) and the web app reads
 * the API's JSON with the types inferred from them.
 */
import { z } from "zod";

/** One problem of a request, by JSON path (`$.members[0].organisation`) or field. */
export const problemSchema = z.object({ path: z.string(), message: z.string() });

/** The one JSON shape of every API error (src/api/errors.ts builds it). */
export const errorBodySchema = z
  .object({
    error: z.object({
      status: z.number().int(),
      code: z.string(),
      message: z.string(),
      problems: z.array(problemSchema).optional(),
    }),
  })
  .describe("An error: its HTTP status, a code, a message and, for bad input, each problem");

/** The JSON shape of every API error. */
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A page of a list resource: its items, the total before paging, and the page's limit and offset. */
export function listResultSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

/** A page of a list resource. */
export interface ListResult<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** `{ items: [...] }`: the answer of lists that are not paged. */
export interface Items<T> {
  items: T[];
}

/** The schema of `Items<T>`. */
export function itemsSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/**
 * A JSON answer whose type is declared in TypeScript (an engine result, a stored document checked
 * by its own validator): documented as an object, passed through whole (never stripped), typed `T`.
 */
export function declaredObject<T>(description: string): z.ZodType<T> {
  return z.looseObject({}).describe(description) as unknown as z.ZodType<T>;
}

// Documented as a string; the server may send the bytes (XLSX) as they are, never through a serialiser.
const fileBody = z.string() as unknown as z.ZodType<string | Uint8Array>;

/** A file download of the given media type (CSV, XLSX, HTML): the body is the file. */
export function fileResponse(mediaType: string, description: string) {
  return { description, content: { [mediaType]: { schema: fileBody } } };
}

/** No content (204): handlers send `null`, which Fastify leaves out of a 204. */
export const noContentSchema = z.null().describe("No content");

/** A redirect (302): the Location header says where; there is no body. */
export const redirectSchema = z.null().describe("A redirect: the Location header says where");

/** The error answers a JSON route may give, all with the one error body. */
export const ERROR_RESPONSES = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
} as const;
