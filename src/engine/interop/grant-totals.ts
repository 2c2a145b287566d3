import type { CsvCell } from "../../shared/csv-text.ts";
import type { ExchangeDocument } from "../../shared/index.ts";

/** One row of a funder or recipient table. */
export interface GrantTotal {
  organisation: string;
  name: string;
  total: number;
  count: number;
  currency: string;
}

/** Column titles of the funder and recipient tables. */
export const GRANT_TOTAL_COLUMNS = ["organisation", "name", "total", "count", "currency"] as const;

function totalsBy(
  doc: ExchangeDocument,
  keysOf: (c: ExchangeDocument["contracts"][number]) => string[],
) {
  const names = new Map(doc.organisations.map((o) => [o.id, o.name]));
  const totals = new Map<string, GrantTotal>();
  for (const c of doc.contracts) {
    if (c.paymentMechanism !== "grant") continue;
    for (const id of new Set(keysOf(c))) {
      const key = `${id}\u0000${c.currency}`;
      const t = totals.get(key) ?? {
        organisation: id,
        name: names.get(id) ?? id,
        total: 0,
        count: 0,
        currency: c.currency,
      };
      t.total += c.value ?? 0;
      t.count++;
      totals.set(key, t);
    }
  }
  // Cents are summed exactly only after rounding away float noise from many additions.
  return [...totals.values()]
    .map((t) => ({ ...t, total: Math.round(t.total * 100) / 100 }))
    .sort((a, b) => b.total - a.total || (a.organisation < b.organisation ? -1 : 1));
}

/**
 * Funders (grant commissioners) with the total amount and number of their grants, largest first.
 * @example funderTotalsOf(doc)[0] // { organisation: "GB-CHC-327114", name: "Lloyds…", total: 52000000, count: 4116, currency: "GBP" }
 */
export function funderTotalsOf(doc: ExchangeDocument): GrantTotal[] {
  return totalsBy(doc, (c) => (c.commissioner ? [c.commissioner] : []));
}

/** Recipients (grant providers) with the total amount and number of grants received, largest first. */
export function recipientTotalsOf(doc: ExchangeDocument): GrantTotal[] {
  return totalsBy(doc, (c) => c.providers.map((p) => p.organisation));
}

/** A totals table as rows of cells. */
export function grantTotalRowsOf(totals: readonly GrantTotal[]): CsvCell[][] {
  return totals.map((t) => [t.organisation, t.name, t.total, t.count, t.currency]);
}
