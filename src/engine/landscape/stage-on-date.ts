import type { LifecycleEvent, Partnership } from "../../shared/index.ts";

/** Stage changes per partnership id, by date. */
export type StageChanges = Map<string, { date: string; stage: number }[]>;

/**
 * The stage changes of each partnership: every event of the partnership that gives a stage
 * (formed, deepened, loosened, …), by date.
 * @example stageChangesOf(events).get("P1") // [{ date: "2006-01-01", stage: 5 }]
 */
export function stageChangesOf(events: readonly LifecycleEvent[]): StageChanges {
  const out: StageChanges = new Map();
  for (const e of events) {
    if (e.partnership === null || e.stage === null) continue;
    const list = out.get(e.partnership) ?? [];
    list.push({ date: e.date, stage: e.stage });
    out.set(e.partnership, list);
  }
  for (const list of out.values())
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

/**
 * A partnership's continuum stage on d: the stage given by its latest event dated on or before d
 * (formed at 5, deepened to 6, …), since the event log is the record of how it changed; before any
 * such event, its stored `stage` — which is its stage now — is the best that is known.
 * @example stageOnDate({ id: "P", stage: 2 }, [{ type: "deepened", partnership: "P", date: "2006-01-01", stage: 5 }], "2007-01-01") // 5
 */
export function stageOnDate(
  p: Pick<Partnership, "id" | "stage">,
  events: readonly LifecycleEvent[] | StageChanges,
  d: string,
): number {
  const changes = events instanceof Map ? events.get(p.id) : stageChangesOf(events).get(p.id);
  let stage = p.stage;
  for (const c of changes ?? []) if (c.date <= d) stage = c.stage;
  return stage;
}
