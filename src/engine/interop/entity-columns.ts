import type { CsvCell } from "../../shared/csv-text.ts";
import type {
  Contract,
  EvidenceItem,
  ExchangeDocument,
  LifecycleEvent,
  Organisation,
  Partnership,
} from "../../shared/index.ts";

/** The tables a workspace is exported as: one per entity, memberships apart from partnerships. */
export type EntityTableName =
  | "organisations"
  | "partnerships"
  | "memberships"
  | "events"
  | "contracts"
  | "evidence";

/** Nested lists are written as `a; b; c` (documented in docs/import-mapping.md). */
export const LIST_SEPARATOR = "; ";
const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);

/** A fact as `2010: homes 5, turnover 12000000, staff 450` (only known values). */
const factText = (f: Organisation["facts"][number]) =>
  `${f.year}: ${(["homes", "turnover", "staff"] as const)
    .filter((k) => f[k] !== null)
    .map((k) => `${k} ${f[k]}`)
    .join(", ")}`;

/** The column titles of each table, in order. */
export const ENTITY_COLUMNS: Record<EntityTableName, readonly string[]> = {
  organisations: [
    "id",
    "name",
    "otherNames",
    "sector",
    "kind",
    "nation",
    "fields",
    "identifiers",
    "illustrative",
    "facts",
  ],
  partnerships: [
    "id",
    "name",
    "form",
    "direction",
    "origin",
    "stage",
    "functions",
    "commissioner",
    "start",
    "end",
    "description",
    "integration",
  ],
  memberships: [
    "partnership",
    "organisation",
    "role",
    "joined",
    "left",
    "shareOfValue",
    "shareOfTurnover",
    "shareOfStaff",
  ],
  events: ["id", "date", "type", "partnership", "organisations", "dissolves", "stage", "note"],
  contracts: [
    "id",
    "title",
    "commissioner",
    "providers",
    "paymentMechanism",
    "value",
    "currency",
    "start",
    "end",
    "partnership",
  ],
  evidence: ["id", "kind", "text", "source", "date", "themes", "partnership", "organisation"],
};

const organisationRow = (o: Organisation): CsvCell[] => [
  o.id,
  o.name,
  list(o.otherNames),
  o.sector,
  o.kind,
  o.nation,
  list(o.fields),
  list(o.identifiers.map((i) => `${i.scheme}:${i.id}`)),
  o.illustrative,
  list(o.facts.map(factText)),
];

const partnershipRow = (p: Partnership): CsvCell[] => [
  p.id,
  p.name,
  p.form,
  p.direction,
  p.origin,
  p.stage,
  list(p.functions),
  p.commissioner,
  p.start,
  p.end,
  p.description,
  list(p.integration.map((i) => `${i.function}: ${i.integrated ? "yes" : "no"}`)),
];

const membershipRows = (p: Partnership): CsvCell[][] =>
  p.members.map((m) => [
    p.id,
    m.organisation,
    m.role,
    m.joined,
    m.left,
    m.shareOfValue,
    m.shareOfTurnover,
    m.shareOfStaff,
  ]);

const eventRow = (e: LifecycleEvent): CsvCell[] => [
  e.id,
  e.date,
  e.type,
  e.partnership,
  list(e.organisations),
  list(e.dissolves),
  e.stage,
  e.note,
];

const contractRow = (c: Contract): CsvCell[] => [
  c.id,
  c.title,
  c.commissioner,
  list(c.providers.map((p) => `${p.organisation} (${p.role})`)),
  c.paymentMechanism,
  c.value,
  c.currency,
  c.start,
  c.end,
  c.partnership,
];

const evidenceRow = (e: EvidenceItem): CsvCell[] => [
  e.id,
  e.kind,
  e.text,
  e.source,
  e.date,
  list(e.themes),
  e.partnership,
  e.organisation,
];

/**
 * Every table of a document as rows of cells, nested lists flattened readably.
 * @example entityRowsOf(doc).organisations[0][0] // the first organisation's id
 */
export function entityRowsOf(doc: ExchangeDocument): Record<EntityTableName, CsvCell[][]> {
  return {
    organisations: doc.organisations.map(organisationRow),
    partnerships: doc.partnerships.map(partnershipRow),
    memberships: doc.partnerships.flatMap(membershipRows),
    events: doc.events.map(eventRow),
    contracts: doc.contracts.map(contractRow),
    evidence: doc.evidence.map(evidenceRow),
  };
}
