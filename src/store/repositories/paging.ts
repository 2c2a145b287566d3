import type { SelectQueryBuilder } from "kysely";
import { sql } from "kysely";

/** What a list asks for: text search, filters, sort and a page. */
export interface ListQuery {
  q?: string | undefined;
  sort?: string | undefined;
  limit: number;
  offset: number;
  filters: Record<string, string | undefined>;
}

/** One page of a list and how many items match in all. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A LIKE pattern matching `text` anywhere, with the wildcard characters escaped. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `lower(column) LIKE %text%` that behaves the same on SQLite and PostgreSQL. */
export function containsText(column: string, text: string) {
  return sql<boolean>`lower(${sql.ref(column)}) like ${containsPattern(text)} escape '\\'`;
}

/**
 * Counts and fetches one page of `query`, sorted by one of `sortable` columns (a leading '-'
 * means descending) and then by id so pages are stable.
 */
export async function pageOf<DB, TB extends keyof DB, O extends { id: string }>(
  query: SelectQueryBuilder<DB, TB, O>,
  list: ListQuery,
  sortable: Record<string, string>,
  defaultSort: string,
): Promise<Page<O>> {
  const countRow = (await query
    .clearSelect()
    .select(sql<number>`count(*)`.as("n"))
    .executeTakeFirst()) as { n: number | string } | undefined;
  const sortKey = list.sort && sortable[list.sort.replace(/^-/, "")] ? list.sort : defaultSort;
  const column = sortable[sortKey.replace(/^-/, "")]!;
  const direction = sortKey.startsWith("-") ? "desc" : "asc";
  const items = await query
    .orderBy(sql.ref(column), direction)
    .orderBy(sql.ref("id"), "asc")
    .limit(list.limit)
    .offset(list.offset)
    .execute();
  return { items, total: Number(countRow?.n ?? 0), limit: list.limit, offset: list.offset };
}

export { chunksOf } from "../dialects/insert-chunked.ts";
