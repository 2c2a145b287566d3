import type { Organisation, Partnership } from "../../shared/index.ts";
import { isMembershipActive, isPartnershipActive, type SizeMetric, sizeOf } from "./as-of.ts";

/**
 * Each subsidiary's parent on d: from group_structure partnerships active on d, a member with role
 * subsidiary points to that partnership's parent (the first by id if several, partnerships taken
 * in id order), so the result does not depend on input order.
 * @example parentsAsOf(partnerships, "2010-01-01").get("SUB") // "PARENT"
 */
export function parentsAsOf(partnerships: readonly Partnership[], d: string): Map<string, string> {
  const parents = new Map<string, string>();
  const groups = partnerships
    .filter((p) => p.form === "group_structure" && isPartnershipActive(p, d))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const p of groups) {
    const active = p.members.filter((m) => isMembershipActive(m, d));
    const parent = active
      .filter((m) => m.role === "parent")
      .map((m) => m.organisation)
      .sort()[0];
    if (parent === undefined) continue;
    for (const m of active)
      if (m.role === "subsidiary" && m.organisation !== parent && !parents.has(m.organisation))
        parents.set(m.organisation, parent);
  }
  return parents;
}

/** Follows parent links to the top of the group; a cycle (bad data) stops where it repeats. */
export function ultimateParent(id: string, parents: Map<string, string>): string {
  const seen = new Set<string>([id]);
  let top = id;
  for (
    let next = parents.get(top);
    next !== undefined && !seen.has(next);
    next = parents.get(top)
  ) {
    seen.add(next);
    top = next;
  }
  return top;
}

/**
 * Sizes at group level: each existing organisation's size added into its ultimate parent (nested
 * groups roll up); organisations with unknown size are left out. Pass the organisations existing on d.
 * @example groupSizesOf([parent100, sub50, independent50], groups, d, "homes") // Map { P → 150, I → 50 }
 */
export function groupSizesOf(
  organisations: readonly Organisation[],
  partnerships: readonly Partnership[],
  d: string,
  metric: SizeMetric,
): Map<string, number> {
  const ids = new Set(organisations.map((o) => o.id));
  const parents = parentsAsOf(partnerships, d);
  // A parent not among the organisations (not yet formed, or dissolved) cannot hold the subsidiary.
  for (const [child, parent] of parents) if (!ids.has(parent)) parents.delete(child);
  const sizes = new Map<string, number>();
  for (const o of organisations) {
    const size = sizeOf(o, d, metric);
    if (size === null) continue;
    const top = parents.size > 0 ? ultimateParent(o.id, parents) : o.id;
    sizes.set(top, (sizes.get(top) ?? 0) + size);
  }
  return sizes;
}
