import {
  type Code,
  type CodedEvidence,
  codeWithDescendants,
  type EvidenceSummary,
  type PartnershipForces,
  type SummaryBy,
} from "../../shared/codebook.ts";
import { BARRIER_ROOT, DRIVER_ROOT } from "../../shared/codebook-default.ts";
import { FORMS, ORIGINS, type Partnership } from "../../shared/index.ts";
import { codesInTreeOrder } from "./codebook-tree.ts";

/** The column an item falls in; "none" when it has no partnership (or organisation). */
function columnOf(item: CodedEvidence, by: SummaryBy, partnerships: Map<string, Partnership>) {
  if (by === "organisation") return item.organisation ?? "none";
  const p = item.partnership ? partnerships.get(item.partnership) : undefined;
  if (!p) return "none";
  return String(p[by]);
}

/** Columns in the order people read them: the enum's order, organisations by id, "none" last. */
function columnsOrdered(present: Set<string>, by: SummaryBy): string[] {
  const order: readonly string[] =
    by === "form"
      ? FORMS
      : by === "origin"
        ? ORIGINS
        : by === "stage"
          ? ["0", "1", "2", "3", "4", "5", "6", "7"]
          : [...present].filter((c) => c !== "none").sort();
  return [...order.filter((c) => present.has(c)), ...(present.has("none") ? ["none"] : [])];
}

/**
 * Counts evidence items per code × column: an item counts under a code when it is coded with it or
 * with any code under it — once, however many of those codes it has.
 */
export function evidenceSummaryOf(
  codes: readonly Code[],
  items: readonly CodedEvidence[],
  partnerships: readonly Partnership[],
  by: SummaryBy,
): EvidenceSummary {
  const byId = new Map(partnerships.map((p) => [p.id, p]));
  const column = new Map(items.map((i) => [i.id, columnOf(i, by, byId)]));
  const columns = columnsOrdered(new Set(column.values()), by);
  const rows = codesInTreeOrder(codes).map(({ code, depth }) => {
    const under = codeWithDescendants(codes, code.id);
    const counts: Record<string, number> = Object.fromEntries(columns.map((c) => [c, 0]));
    let total = 0;
    for (const item of items)
      if ((item.codes ?? []).some((c) => under.has(c))) {
        const key = column.get(item.id) as string;
        counts[key] = (counts[key] ?? 0) + 1;
        total += 1;
      }
    return { code: code.id, name: code.name, depth, counts, total };
  });
  return { by, columns, rows, items: items.length };
}

/** The child of `root` that `id` sits under (or `id` itself when it is that child), else null. */
function branchOf(codes: readonly Code[], id: string, root: string): Code | null {
  const byId = new Map(codes.map((c) => [c.id, c]));
  let at = byId.get(id);
  while (at && at.parent !== root) at = at.parent ? byId.get(at.parent) : undefined;
  return at ?? null;
}

/** Drivers and barriers coded on one partnership's evidence, each with the items behind it. */
export function partnershipForcesOf(
  codes: readonly Code[],
  items: readonly CodedEvidence[],
  partnership: string,
): PartnershipForces {
  const names = new Map(codes.map((c) => [c.id, c.name]));
  const found = {
    drivers: new Map<string, { group: string; evidence: string[] }>(),
    barriers: new Map<string, { group: string; evidence: string[] }>(),
  };
  for (const item of items.filter((i) => i.partnership === partnership))
    for (const code of item.codes ?? [])
      for (const [root, into] of [
        [DRIVER_ROOT, found.drivers],
        [BARRIER_ROOT, found.barriers],
      ] as const) {
        const branch = branchOf(codes, code, root);
        if (!branch) continue;
        // A code directly under the root (a barrier class) is grouped under the root itself.
        const group = branch.id === code ? (names.get(root) ?? root) : branch.name;
        const entry = into.get(code) ?? { group, evidence: [] };
        entry.evidence.push(item.id);
        into.set(code, entry);
      }
  const list = (m: Map<string, { group: string; evidence: string[] }>) =>
    [...m.entries()]
      .map(([code, v]) => ({ code, name: names.get(code) ?? code, ...v }))
      .sort((a, b) => b.evidence.length - a.evidence.length || a.code.localeCompare(b.code));
  return { partnership, drivers: list(found.drivers), barriers: list(found.barriers) };
}
