import type { LandscapeInput } from "./as-of.ts";
import { stageChangesOf } from "./stage-on-date.ts";

/** A span [from, until) during which a pair of organisations shared a stage; "" = always, null = open. */
export interface PairInterval {
  from: string;
  until: string | null;
  stage: number;
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : a < b ? a : b;

/** Event types that fully merge their organisations: stage 7 from the event on (docs/domain/continuum.md). */
const MERGING = new Set(["merged", "transfer_of_engagements"]);

function add(out: Map<string, PairInterval[]>, a: string, b: string, interval: PairInterval) {
  if (a === b) return;
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  const list = out.get(key);
  if (list) list.push(interval);
  else out.set(key, [interval]);
}

/**
 * For every pair of organisations, the spans in which they shared a partnership (membership
 * overlap within the partnership's life, cut where deepened/loosened events change its stage),
 * and stage 7 from any merged or transfer_of_engagements event naming both.
 * @example pairIntervalsOf(doc).get("A|B") // [{ from: "2001-01-01", until: "2006-01-01", stage: 2 }, …]
 */
export function pairIntervalsOf(input: LandscapeInput): Map<string, PairInterval[]> {
  const out = new Map<string, PairInterval[]>();
  const changes = stageChangesOf([...input.events]);
  for (const p of input.partnerships) {
    // Stage segments of the partnership's life: its stage at formation, then each change.
    const cuts = [{ date: p.start ?? "", stage: p.stage }, ...(changes.get(p.id) ?? [])];
    const members = p.members;
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        const from = later(later(p.start ?? "", a.joined ?? ""), b.joined ?? "");
        const until = earlier(earlier(p.end, a.left), b.left);
        cuts.forEach((cut, k) => {
          const segFrom = later(from, cut.date);
          const segUntil = earlier(until, cuts[k + 1]?.date ?? null);
          if (segUntil === null || segFrom < segUntil)
            add(out, a.organisation, b.organisation, {
              from: segFrom,
              until: segUntil,
              stage: cut.stage,
            });
        });
      }
  }
  for (const e of input.events)
    if (MERGING.has(e.type))
      for (let i = 0; i < e.organisations.length; i++)
        for (let j = i + 1; j < e.organisations.length; j++)
          add(out, e.organisations[i]!, e.organisations[j]!, {
            from: e.date,
            until: null,
            stage: 7,
          });
  return out;
}
