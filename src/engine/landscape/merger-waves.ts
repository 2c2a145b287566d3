import type { EventType, LifecycleEvent } from "../../shared/index.ts";
import type {
  EventsByYear,
  MergerWavesResult,
  PolicyMarker,
} from "../../shared/landscape-results.ts";
import { type LandscapeInput, yearOf } from "./as-of.ts";
import { type SectorFilter, sectorAssumptionOf, sectorEventsOf } from "./sector-filter.ts";

export type {
  EventsByYear,
  MergerWavesResult,
  PolicyMarker,
} from "../../shared/landscape-results.ts";

/**
 * Default policy markers for the merger-waves chart (the paper's Figure 2, after Mullins & Craig
 * 2005; docs/domain/housing-sector.md): a starting point the user edits, shown beside the chart.
 */
export const DEFAULT_POLICY_MARKERS: readonly PolicyMarker[] = [
  { year: 1974, label: "Public funding (Housing Act 1974)" },
  { year: 1989, label: "Private finance (Housing Act 1988)" },
  { year: 2004, label: "Investment partnering" },
  { year: 2008, label: "Credit crisis: lenders re-price loans" },
];

/** Which events to count: dates within [from, to] (inclusive, either optional) and types. */
export interface EventsByYearOptions {
  from?: string;
  to?: string;
  types?: readonly EventType[];
}

/**
 * Life-cycle events per year by type: the data behind the merger-waves chart (Figure 2).
 * @example eventsByYear(events, { types: ["merged"] })["2004"] // { merged: 12 }
 */
export function eventsByYear(
  events: readonly Pick<LifecycleEvent, "date" | "type">[],
  options: EventsByYearOptions = {},
): EventsByYear {
  const types = options.types ? new Set(options.types) : null;
  const out: EventsByYear = {};
  for (const e of events) {
    if (options.from !== undefined && e.date < options.from) continue;
    if (options.to !== undefined && e.date > options.to) continue;
    if (types && !types.has(e.type)) continue;
    const year = String(yearOf(e.date));
    const row = out[year] ?? {};
    row[e.type] = (row[e.type] ?? 0) + 1;
    out[year] = row;
  }
  return out;
}

/** The merger-waves chart's period, markers and set; `filter` only labels the result here. */
export type MergerWavesOptions = EventsByYearOptions & {
  markers?: readonly PolicyMarker[];
  filter?: SectorFilter;
};

/** Event types that change an organisation's constitution (the paper's 'constitutional change'). */
export const CONSTITUTIONAL_EVENT_TYPES: readonly EventType[] = [
  "merged",
  "transfer_of_engagements",
  "group_formed",
  "group_joined",
  "demerged",
];

/**
 * Merger waves: constitutional events per year with policy markers (defaults editable).
 * @example mergerWavesOf(doc.events).years.find((y) => y.year === 2005)?.total
 */
export function mergerWavesOf(
  events: readonly Pick<LifecycleEvent, "date" | "type">[],
  options: MergerWavesOptions = {},
): MergerWavesResult {
  const byYear = eventsByYear(events, { types: CONSTITUTIONAL_EVENT_TYPES, ...options });
  const keys = Object.keys(byYear).map(Number);
  const markers = options.markers ?? DEFAULT_POLICY_MARKERS;
  const filter = options.filter ?? {};
  const assumptions = [
    sectorAssumptionOf(filter),
    `Counts ${CONSTITUTIONAL_EVENT_TYPES.join(", ")} events by the year of their date${filter.nation || filter.kind ? "; an event counts when it names one of the set's organisations" : ""}.`,
  ];
  if (keys.length === 0) return { years: [], markers, empty: true, filter, assumptions };
  const years = [];
  for (let y = Math.min(...keys); y <= Math.max(...keys); y++) {
    const counts = byYear[String(y)] ?? {};
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    years.push({ year: y, counts, total });
  }
  return { years, markers, empty: false, filter, assumptions };
}

/**
 * Merger waves of a set of organisations (nation, kind): the events naming one of them.
 * @example sectorWavesOf(doc, { filter: { nation: "england", kind: "housing_association" } }).years
 */
export function sectorWavesOf(
  input: LandscapeInput,
  options: MergerWavesOptions = {},
): MergerWavesResult {
  return mergerWavesOf(sectorEventsOf(input, options.filter), options);
}
