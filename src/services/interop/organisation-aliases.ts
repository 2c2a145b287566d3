import type { ExchangeDocument, Identifier, Organisation } from "../../shared/index.ts";

const unique = <T>(items: readonly T[], key: (t: T) => string = String) => {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
};
const identifierKey = (i: Identifier) => `${i.scheme}\u0000${i.id}`;

/**
 * One organisation from two records of it: `incoming`'s name and classification, every name the
 * other had (its old name becomes an other name), and the union of identifiers, fields and facts.
 */
export function organisationCombined(kept: Organisation, incoming: Organisation): Organisation {
  const names = [...kept.otherNames, kept.name, ...incoming.otherNames];
  const facts = new Map(kept.facts.map((f) => [f.year, f]));
  for (const f of incoming.facts) facts.set(f.year, f);
  return {
    ...incoming,
    otherNames: unique(names).filter((n) => n !== incoming.name),
    fields: unique([...kept.fields, ...incoming.fields]),
    identifiers: unique([...kept.identifiers, ...incoming.identifiers], identifierKey),
    facts: [...facts.values()].sort((a, b) => a.year - b.year),
  };
}

/**
 * Rewrites every reference to a merged organisation into its survivor (recorded merges), so
 * re-importing a source after a merge does not bring the merged organisation back.
 */
export function documentWithAliases(
  doc: ExchangeDocument,
  aliases: ReadonlyMap<string, string>,
): { document: ExchangeDocument; merged: { id: string; into: string }[] } {
  if (aliases.size === 0) return { document: doc, merged: [] };
  const to = (id: string) => aliases.get(id) ?? id;
  const toOrNull = (id: string | null) => (id === null ? null : to(id));
  const organisations = new Map<string, Organisation>();
  const merged: { id: string; into: string }[] = [];
  for (const o of doc.organisations) {
    const id = to(o.id);
    if (id !== o.id) merged.push({ id: o.id, into: id });
    const renamed = { ...o, id };
    const seen = organisations.get(id);
    organisations.set(id, seen ? organisationCombined(seen, renamed) : renamed);
  }
  const memberKey = (m: { organisation: string; role: string; joined: string | null }) =>
    `${m.organisation}|${m.role}|${m.joined ?? ""}`;
  return {
    merged,
    document: {
      ...doc,
      organisations: [...organisations.values()],
      partnerships: doc.partnerships.map((p) => ({
        ...p,
        commissioner: toOrNull(p.commissioner),
        members: unique(
          p.members.map((m) => ({ ...m, organisation: to(m.organisation) })),
          memberKey,
        ),
      })),
      events: doc.events.map((e) => ({
        ...e,
        organisations: unique(e.organisations.map(to)),
        dissolves: unique(e.dissolves.map(to)),
      })),
      contracts: doc.contracts.map((c) => ({
        ...c,
        commissioner: toOrNull(c.commissioner),
        providers: unique(
          c.providers.map((p) => ({ ...p, organisation: to(p.organisation) })),
          (p) => `${p.organisation}|${p.role}`,
        ),
      })),
      evidence: doc.evidence.map((e) => ({ ...e, organisation: toOrNull(e.organisation) })),
    },
  };
}
