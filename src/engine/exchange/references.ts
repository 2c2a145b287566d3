import type { ExchangeDocument, Problem } from "../../shared/index.ts";

type Collection = "organisations" | "partnerships" | "events" | "contracts" | "evidence";

/** One reference from an entity to an organisation or partnership, with its JSON path. */
export interface Reference {
  kind: "organisation" | "partnership";
  id: string;
  path: string;
}

/** Ids that exist outside the document (e.g. already in the workspace it is imported into). */
export interface KnownIds {
  organisations?: ReadonlySet<string>;
  partnerships?: ReadonlySet<string>;
}

function duplicateIds(doc: ExchangeDocument, key: Collection): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  doc[key].forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined)
      problems.push({
        path: `$.${key}[${i}].id`,
        message: `id "${item.id}" is used twice (also at $.${key}[${first}])`,
      });
    else seen.set(item.id, i);
  });
  return problems;
}

/**
 * Every reference the document makes to an organisation or a partnership.
 * @example referencesOf(doc)[0] // { kind: "organisation", id: "GB-CHC-1", path: "$.partnerships[0].commissioner" }
 */
export function referencesOf(doc: ExchangeDocument): Reference[] {
  const refs: Reference[] = [];
  const org = (id: string | null, path: string) => {
    if (id !== null) refs.push({ kind: "organisation", id, path });
  };
  const partnership = (id: string | null, path: string) => {
    if (id !== null) refs.push({ kind: "partnership", id, path });
  };
  doc.partnerships.forEach((p, i) => {
    org(p.commissioner, `$.partnerships[${i}].commissioner`);
    p.members.forEach((m, j) =>
      org(m.organisation, `$.partnerships[${i}].members[${j}].organisation`),
    );
  });
  doc.events.forEach((e, i) => {
    partnership(e.partnership, `$.events[${i}].partnership`);
    e.organisations.forEach((o, j) => org(o, `$.events[${i}].organisations[${j}]`));
  });
  doc.contracts.forEach((c, i) => {
    org(c.commissioner, `$.contracts[${i}].commissioner`);
    partnership(c.partnership, `$.contracts[${i}].partnership`);
    c.providers.forEach((p, j) =>
      org(p.organisation, `$.contracts[${i}].providers[${j}].organisation`),
    );
  });
  doc.evidence.forEach((e, i) => {
    org(e.organisation, `$.evidence[${i}].organisation`);
    partnership(e.partnership, `$.evidence[${i}].partnership`);
  });
  return refs;
}

/**
 * Finds ids used twice and references to organisations or partnerships that neither the document
 * nor `known` contains, each with its JSON path.
 * @example referenceProblemsOf(doc) // [{ path: "$.partnerships[0].members[1].organisation", message: … }]
 */
export function referenceProblemsOf(doc: ExchangeDocument, known: KnownIds = {}): Problem[] {
  const problems: Problem[] = (
    ["organisations", "partnerships", "events", "contracts", "evidence"] as const
  ).flatMap((key) => duplicateIds(doc, key));
  const ids = {
    organisation: new Set(doc.organisations.map((o) => o.id)),
    partnership: new Set(doc.partnerships.map((p) => p.id)),
  };
  const outside = { organisation: known.organisations, partnership: known.partnerships };
  for (const ref of referencesOf(doc))
    if (!ids[ref.kind].has(ref.id) && !outside[ref.kind]?.has(ref.id))
      problems.push({
        path: ref.path,
        message: `refers to ${ref.kind} "${ref.id}", which does not exist`,
      });
  return problems;
}
