import type {
  Contract,
  EvidenceItem,
  ExchangeDocument,
  LifecycleEvent,
  Organisation,
  Partnership,
} from "../../shared/index.ts";

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function canonicalOrganisation(o: Organisation): Organisation {
  return {
    id: o.id,
    name: o.name,
    otherNames: [...o.otherNames],
    sector: o.sector,
    kind: o.kind,
    nation: o.nation,
    fields: [...o.fields],
    identifiers: o.identifiers.map((i) => ({ scheme: i.scheme, id: i.id })),
    illustrative: o.illustrative,
    facts: [...o.facts]
      .sort((a, b) => a.year - b.year)
      .map((f) => ({ year: f.year, homes: f.homes, turnover: f.turnover, staff: f.staff })),
  };
}

function canonicalPartnership(p: Partnership): Partnership {
  const members = [...p.members].sort(
    (a, b) =>
      compare(a.organisation, b.organisation) ||
      compare(a.role, b.role) ||
      compare(a.joined ?? "", b.joined ?? ""),
  );
  return {
    id: p.id,
    name: p.name,
    form: p.form,
    direction: p.direction,
    origin: p.origin,
    stage: p.stage,
    functions: [...p.functions],
    commissioner: p.commissioner,
    start: p.start,
    end: p.end,
    description: p.description,
    integration: p.integration.map((i) => ({ function: i.function, integrated: i.integrated })),
    members: members.map((m) => ({
      organisation: m.organisation,
      role: m.role,
      joined: m.joined,
      left: m.left,
      shareOfValue: m.shareOfValue,
      shareOfTurnover: m.shareOfTurnover,
      shareOfStaff: m.shareOfStaff,
    })),
  };
}

function canonicalEvent(e: LifecycleEvent): LifecycleEvent {
  return {
    id: e.id,
    date: e.date,
    type: e.type,
    partnership: e.partnership,
    organisations: [...e.organisations],
    dissolves: [...e.dissolves],
    stage: e.stage,
    note: e.note,
  };
}

function canonicalContract(c: Contract): Contract {
  return {
    id: c.id,
    title: c.title,
    commissioner: c.commissioner,
    providers: c.providers.map((p) => ({ organisation: p.organisation, role: p.role })),
    paymentMechanism: c.paymentMechanism,
    value: c.value,
    currency: c.currency,
    start: c.start,
    end: c.end,
    partnership: c.partnership,
  };
}

function canonicalEvidence(e: EvidenceItem): EvidenceItem {
  return {
    id: e.id,
    kind: e.kind,
    text: e.text,
    source: e.source,
    date: e.date,
    themes: [...e.themes],
    partnership: e.partnership,
    organisation: e.organisation,
  };
}

/**
 * Puts an exchange document in canonical form: fixed key order, collections sorted by id (events by
 * date then id, members by organisation, role and joined date, facts by year). Lists whose order
 * carries meaning (other names, an event's organisations) keep their order.
 * @example canonicalExchange(doc).organisations.map((o) => o.id) // sorted ids
 */
export function canonicalExchange(doc: ExchangeDocument): ExchangeDocument {
  return {
    format: doc.format,
    workspace: { name: doc.workspace.name },
    organisations: [...doc.organisations].sort(byId).map(canonicalOrganisation),
    partnerships: [...doc.partnerships].sort(byId).map(canonicalPartnership),
    events: [...doc.events]
      .sort((a, b) => compare(a.date, b.date) || byId(a, b))
      .map(canonicalEvent),
    contracts: [...doc.contracts].sort(byId).map(canonicalContract),
    evidence: [...doc.evidence].sort(byId).map(canonicalEvidence),
  };
}

/**
 * Serialises an exchange document canonically (two-space indent, trailing newline), so that
 * export → import → export is byte-identical.
 * @example exchangeToJson(doc).endsWith("}\n") // true
 */
export function exchangeToJson(doc: ExchangeDocument): string {
  return `${JSON.stringify(canonicalExchange(doc), null, 2)}\n`;
}
