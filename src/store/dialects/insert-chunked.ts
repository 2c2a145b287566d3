/** Splits rows into chunks small enough for one INSERT with `maxParameters` bound values. */
export function chunksOf<T>(rows: readonly T[], columns: number, maxParameters: number): T[][] {
  const size = Math.max(1, Math.floor(maxParameters / columns));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}
