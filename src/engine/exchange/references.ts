import type { ExchangeDocument, Problem } from "../../shared/index.ts";

type Collection = "organisations" | "partnerships" | "events" | "contracts" | "evidence";

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
 * Finds ids used twice and references to organisations or partnerships the document does not
 * contain, each with its JSON path.
 * @example referenceProblemsOf(doc) // [{ path: "$.partnerships[0].members[1].organisation", message: … }]
 */
export function referenceProblemsOf(doc: ExchangeDocument): Problem[] {
  const problems: Problem[] = (
    ["organisations", "partnerships", "events", "contracts", "evidence"] as const
  ).flatMap((key) => duplicateIds(doc, key));
  const orgs = new Set(doc.organisations.map((o) => o.id));
  const partnerships = new Set(doc.partnerships.map((p) => p.id));
  const org = (id: string | null, path: string) => {
    if (id !== null && !orgs.has(id))
      problems.push({ path, message: `refers to organisation "${id}", which is not in the file` });
  };
  const partnership = (id: string | null, path: string) => {
    if (id !== null && !partnerships.has(id))
      problems.push({ path, message: `refers to partnership "${id}", which is not in the file` });
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
  return problems;
}
