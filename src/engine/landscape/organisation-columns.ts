import type { Fact, LifecycleEvent, Organisation, Partnership } from "../../shared/index.ts";
import { SIZE_METRICS, type SizeMetric } from "./as-of.ts";

/**
 * Organisations as columns: only the fields the date index reads (id, name, sector, nation, kind
 * and the size facts), so a 200,000-organisation workspace is a few arrays and a string per id
 * and name rather than 200,000 objects with their other names, fields and identifiers.
 * Facts are compressed rows per organisation, each row sorted by year (ties in input order).
 */
export interface OrganisationColumns {
  readonly id: readonly string[];
  readonly name: readonly string[];
  readonly sector: readonly Organisation["sector"][];
  readonly nation: readonly Organisation["nation"][];
  readonly kind: readonly Organisation["kind"][];
  readonly factStart: Int32Array;
  readonly factYear: Float64Array;
  /** A fact's value per metric, NaN when the fact does not give it. */
  readonly factValue: Readonly<Record<SizeMetric, Float64Array>>;
}

/** What the date index is built from: organisations as columns, partnerships and events whole. */
export interface LandscapeSources {
  readonly organisations: OrganisationColumns;
  readonly partnerships: readonly Partnership[];
  readonly events: readonly LifecycleEvent[];
}

/** The fields of one organisation the columns keep. */
export type OrganisationRow = Pick<Organisation, "id" | "name" | "sector" | "nation" | "kind"> & {
  readonly facts: readonly Fact[];
};

/** Grows organisation columns one row at a time (rows streamed from storage, in input order). */
export class OrganisationColumnsBuilder {
  private readonly id: string[] = [];
  private readonly name: string[] = [];
  private readonly sector: Organisation["sector"][] = [];
  private readonly nation: Organisation["nation"][] = [];
  private readonly kind: Organisation["kind"][] = [];
  private readonly factStart: number[] = [0];
  private readonly factYear: number[] = [];
  private readonly factValue = Object.fromEntries(
    SIZE_METRICS.map((m) => [m, [] as number[]]),
  ) as Record<SizeMetric, number[]>;

  /** One copy of each sector, nation and kind: rows read from storage bring a string each. */
  private readonly strings = new Map<string, string>();

  private interned<T extends string>(value: T): T {
    const kept = this.strings.get(value);
    if (kept !== undefined) return kept as T;
    this.strings.set(value, value);
    return value;
  }

  /** Appends one organisation; its facts are sorted by year (stable), as the index reads them. */
  add(o: OrganisationRow): void {
    this.id.push(o.id);
    this.name.push(o.name);
    this.sector.push(this.interned(o.sector));
    this.nation.push(o.nation === null ? null : this.interned(o.nation));
    this.kind.push(this.interned(o.kind));
    const sorted = [...o.facts].sort((a, b) => a.year - b.year);
    for (const f of sorted) {
      this.factYear.push(f.year);
      for (const m of SIZE_METRICS) this.factValue[m].push(f[m] ?? Number.NaN);
    }
    this.factStart.push(this.factYear.length);
  }

  /** The columns, facts copied into typed arrays. */
  build(): OrganisationColumns {
    return {
      id: this.id,
      name: this.name,
      sector: this.sector,
      nation: this.nation,
      kind: this.kind,
      factStart: Int32Array.from(this.factStart),
      factYear: Float64Array.from(this.factYear),
      factValue: Object.fromEntries(
        SIZE_METRICS.map((m) => [m, Float64Array.from(this.factValue[m])]),
      ) as Record<SizeMetric, Float64Array>,
    };
  }
}

/** Columns of organisations already in memory (tests, and inputs not read from storage). */
export function organisationColumnsOf(organisations: readonly Organisation[]): OrganisationColumns {
  const builder = new OrganisationColumnsBuilder();
  for (const o of organisations) builder.add(o);
  return builder.build();
}

/**
 * Organisation i rebuilt from the columns with what the landscape analytics read (id, name,
 * sector, nation, kind, facts by year); other names, fields and identifiers are not kept and come
 * back empty, so use it only where those do not bear on the answer (a portfolio's narrowing).
 */
export function organisationAt(c: OrganisationColumns, i: number): Organisation {
  const facts: Fact[] = [];
  for (let j = c.factStart[i]!; j < c.factStart[i + 1]!; j++) {
    const value = (m: SizeMetric) => (Number.isNaN(c.factValue[m][j]!) ? null : c.factValue[m][j]!);
    facts.push({
      year: c.factYear[j]!,
      homes: value("homes"),
      turnover: value("turnover"),
      staff: value("staff"),
    });
  }
  return {
    id: c.id[i]!,
    name: c.name[i]!,
    otherNames: [],
    sector: c.sector[i]!,
    nation: c.nation[i]!,
    kind: c.kind[i]!,
    fields: [],
    identifiers: [],
    illustrative: false,
    facts,
  };
}
