import { type Kysely, sql } from "kysely";
import type { Measure } from "../../shared/outcomes.ts";
import type { Database } from "../../store/schema.ts";

type Db = Kysely<Database>;
type PersonMeasure = Pick<Measure, "indicator" | "date" | "value" | "personCode" | "phase">;

/** A person's measures on one indicator as the database grouped them. */
interface PersonRow {
  i: string;
  p: string;
  first: number;
  nb: number;
  na: number;
  b: number | null;
  a: number | null;
}

const PAIRED = sql`person_code is not null and phase in ('before', 'after')`;

/** Every before/after measure of the people measured more than once in a phase, in entry order. */
async function repeatedRows(db: Db, ws: number, frameworkId: string) {
  const { rows } = await sql<{ indicator_id: string; person_code: string } & PersonMeasure>`
    select m.indicator_id, m.person_code, m.phase, m.date, m.value from outcome_measures m
    join (select indicator_id, person_code from outcome_measures
      where workspace_id = ${ws} and framework_id = ${frameworkId} and ${PAIRED}
      group by indicator_id, person_code
      having sum(case when phase = 'before' then 1 else 0 end) > 1
        or sum(case when phase = 'after' then 1 else 0 end) > 1) r
      on r.indicator_id = m.indicator_id and r.person_code = m.person_code
    where m.workspace_id = ${ws} and m.framework_id = ${frameworkId} and m.phase in ('before', 'after')
    order by m.id`.execute(db);
  const by = new Map<string, PersonMeasure[]>();
  for (const r of rows) {
    const key = `${r.indicator_id}\u0000${r.person_code}`;
    const m = { indicator: r.indicator_id, date: r.date, value: Number(r.value) };
    const list = by.get(key) ?? [];
    list.push({ ...m, personCode: r.person_code, phase: r.phase });
    by.set(key, list);
  }
  return by;
}

/**
 * What a framework's paired change reads, grouped in the database: one row per indicator and
 * person (their one 'before' and one 'after' value, the usual case) instead of every measure; the
 * people measured more than once in a phase come as all their measures, so the engine's rule
 * (earliest before, latest after) applies to them unchanged. People are in the order of their
 * first measure, as the engine would meet them reading every measure in entry order, so the
 * changes add up in the same order (bench/outcomes.ts).
 */
export async function outcomePersonPairs(db: Db, ws: number, frameworkId: string) {
  const { rows } = await sql<PersonRow>`
    select indicator_id as i, person_code as p, min(id) as first,
      sum(case when phase = 'before' then 1 else 0 end) as nb,
      sum(case when phase = 'after' then 1 else 0 end) as na,
      sum(case when phase = 'before' then value end) as b,
      sum(case when phase = 'after' then value end) as a
    from outcome_measures
    where workspace_id = ${ws} and framework_id = ${frameworkId} and ${PAIRED}
    group by indicator_id, person_code`.execute(db);
  rows.sort((x, y) => Number(x.first) - Number(y.first));
  const repeated = rows.some((r) => Number(r.nb) > 1 || Number(r.na) > 1)
    ? await repeatedRows(db, ws, frameworkId)
    : new Map<string, PersonMeasure[]>();
  const out: PersonMeasure[] = [];
  for (const r of rows) {
    const all = repeated.get(`${r.i}\u0000${r.p}`);
    if (all) out.push(...all);
    else {
      const m = { indicator: r.i, date: "", personCode: r.p };
      if (r.b !== null) out.push({ ...m, value: Number(r.b), phase: "before" });
      if (r.a !== null) out.push({ ...m, value: Number(r.a), phase: "after" });
    }
  }
  return out;
}
