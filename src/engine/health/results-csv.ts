import { csvTextOf } from "../../shared/csv-text.ts";
import type { HealthResult } from "../../shared/health-results.ts";

const HEADER = [
  "wave",
  "date",
  "measure",
  "partner",
  "n",
  "mean",
  "sd",
  "rwg",
  "ad",
  "band",
  "gap",
];

/**
 * The results as CSV, one row per wave × measure × group: dimensions over everyone (partner
 * empty) and per partner, the total, and each shown rating (measure `rating:RATEE`, partner the
 * rater). Withheld groups are left out, as they are from the JSON.
 * @example resultsCsv({ minGroupSize: 3, waves: [], change: [], notes: [] }).split("\r\n")[0] // "wave,date,measure,partner,n,mean,sd,rwg,ad,band,gap"
 */
export function resultsCsv(result: HealthResult): string {
  const rows: (string | number | null)[][] = [];
  for (const w of result.waves) {
    for (const d of w.dimensions) {
      if (d.mean !== null)
        rows.push([w.id, w.date, d.id, null, d.n, d.mean, d.sd, d.rwg, d.ad, d.band, d.gap]);
      for (const [p, g] of Object.entries(d.byPartner))
        if (g) rows.push([w.id, w.date, d.id, p, g.n, g.mean, g.sd, g.rwg, g.ad, g.band, null]);
    }
    if (w.total) {
      const t = w.total;
      rows.push([w.id, w.date, "total", null, t.n, t.mean, null, null, null, t.band, null]);
      for (const [p, g] of Object.entries(t.byPartner))
        if (g) rows.push([w.id, w.date, "total", p, g.n, g.mean, null, null, null, g.band, null]);
    }
    for (const pair of w.pairs) {
      rows.push([
        w.id,
        w.date,
        `rating:${pair.b}`,
        pair.a,
        null,
        pair.aRatesB,
        null,
        null,
        null,
        null,
        pair.difference,
      ]);
      rows.push([
        w.id,
        w.date,
        `rating:${pair.a}`,
        pair.b,
        null,
        pair.bRatesA,
        null,
        null,
        null,
        null,
        -pair.difference,
      ]);
    }
  }
  return csvTextOf(HEADER, rows);
}
