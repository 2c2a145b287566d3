import type {
  Contract,
  ExchangeDocument,
  Identifier,
  LifecycleEvent,
  Organisation,
  Partnership,
} from "../../shared/index.ts";
import { EXCHANGE_FORMAT } from "../../shared/index.ts";

/** Where one imported record came from. */
export interface RecordProvenance {
  sourceFile: string;
  publisher: string | null;
  /** OCDS: the contracting process and the releases that contributed. */
  ocid?: string;
  releaseIds?: string[];
  /** 360Giving: the grant id and, for spreadsheets, the 1-based data row. */
  grantId?: string;
  row?: number;
  /** A UK postcode given for an organisation (used by the duplicate finder). */
  postcode?: string;
}

/** Provenance of every record of an imported document, by collection and id. */
export interface ImportProvenance {
  organisations: Record<string, RecordProvenance[]>;
  partnerships: Record<string, RecordProvenance[]>;
  events: Record<string, RecordProvenance[]>;
  contracts: Record<string, RecordProvenance[]>;
}

type Collection = keyof ImportProvenance;

/**
 * Folds a second record of the same organisation into `into` (mutated): names, fields and
 * identifiers are combined, and a third-sector flag outranks a default guess.
 * @example mergeOrganisationInto(a, b); a.otherNames // includes b.name when it differs
 */
export function mergeOrganisationInto(into: Organisation, o: Organisation): void {
  if (o.name !== into.name && !into.otherNames.includes(o.name)) into.otherNames.push(o.name);
  for (const n of o.otherNames)
    if (n !== into.name && !into.otherNames.includes(n)) into.otherNames.push(n);
  for (const f of o.fields) if (!into.fields.includes(f)) into.fields.push(f);
  const has = (i: Identifier) =>
    into.identifiers.some((j) => j.scheme === i.scheme && j.id === i.id);
  for (const i of o.identifiers) if (!has(i)) into.identifiers.push(i);
  // A third-sector flag from any source outranks a default guess of 'private'/'other'.
  if (o.sector === "third" && into.sector !== "third") {
    into.sector = "third";
    into.kind = o.kind;
  } else if (into.kind === "other" && o.kind !== "other") into.kind = o.kind;
}

/** One key per distinct source (cheaper than serialising it: this runs for every record). */
const sourceKeyOf = (p: RecordProvenance) =>
  [p.sourceFile, p.publisher, p.ocid, p.releaseIds?.join(" "), p.grantId, p.row, p.postcode].join(
    "\u0001",
  );

/** A copy whose lists can be merged into without touching the caller's organisation. */
const organisationCopy = (o: Organisation): Organisation => ({
  ...o,
  otherNames: [...o.otherNames],
  fields: [...o.fields],
  identifiers: o.identifiers.map((i) => ({ ...i })),
  facts: o.facts.map((f) => ({ ...f })),
});

/** How a builder keeps provenance. */
export interface BuilderOptions {
  /**
   * `all` (the default): every distinct source that named an organisation; `first`: only the
   * first — what a streamed import stores (a funder named by 2,000 grants of a chunk would
   * otherwise collect 2,000 sources only for all but one to be dropped).
   */
  organisationSources?: "all" | "first";
}

/** Accumulates organisations, partnerships, events and contracts with their provenance. */
export function createExchangeBuilder(workspaceName: string, options: BuilderOptions = {}) {
  const firstOrganisationSourceOnly = options.organisationSources === "first";
  const organisations = new Map<string, Organisation>();
  const partnerships = new Map<string, Partnership>();
  const events = new Map<string, LifecycleEvent>();
  const contracts = new Map<string, Contract>();
  const provenance: ImportProvenance = {
    organisations: {},
    partnerships: {},
    events: {},
    contracts: {},
  };
  // Sources already noted per record, as keys: made only once a second source arrives (most
  // records have one), so a funder of 4,000 grants costs 4,000 lookups, not 4,000² comparisons.
  const seen = {
    organisations: new Map<string, Set<string>>(),
    partnerships: new Map<string, Set<string>>(),
    events: new Map<string, Set<string>>(),
    contracts: new Map<string, Set<string>>(),
  };
  const note = (collection: Collection, id: string, source: RecordProvenance) => {
    const record = provenance[collection];
    const list = Object.hasOwn(record, id) ? record[id] : undefined;
    if (!list) {
      record[id] = [source];
      return;
    }
    if (firstOrganisationSourceOnly && collection === "organisations") return;
    const keys = seen[collection].get(id) ?? new Set(list.map(sourceKeyOf));
    seen[collection].set(id, keys);
    const text = sourceKeyOf(source);
    if (keys.has(text)) return;
    keys.add(text);
    list.push(source);
  };
  return {
    /** Adds or merges an organisation (same id: names, identifiers and fields are combined). */
    organisation(o: Organisation, source: RecordProvenance): string {
      const existing = organisations.get(o.id);
      if (existing) mergeOrganisationInto(existing, o);
      else organisations.set(o.id, organisationCopy(o));
      note("organisations", o.id, source);
      return o.id;
    },
    /** Adds a partnership; a later one with the same id replaces it. */
    partnership(p: Partnership, source: RecordProvenance): void {
      partnerships.set(p.id, p);
      note("partnerships", p.id, source);
    },
    event(e: LifecycleEvent, source: RecordProvenance): void {
      events.set(e.id, e);
      note("events", e.id, source);
    },
    contract(c: Contract, source: RecordProvenance): void {
      contracts.set(c.id, c);
      note("contracts", c.id, source);
    },
    hasOrganisation: (id: string) => organisations.has(id),
    /** The document and its provenance. */
    result(): { document: ExchangeDocument; provenance: ImportProvenance } {
      const document: ExchangeDocument = {
        format: EXCHANGE_FORMAT,
        workspace: { name: workspaceName },
        organisations: [...organisations.values()],
        partnerships: [...partnerships.values()],
        events: [...events.values()],
        contracts: [...contracts.values()],
        evidence: [],
      };
      return { document, provenance };
    },
  };
}
export type ExchangeBuilder = ReturnType<typeof createExchangeBuilder>;
