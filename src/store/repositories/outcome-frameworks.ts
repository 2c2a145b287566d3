import type { Kysely } from "kysely";
import type { Database, OutcomeFrameworkTable } from "../schema.ts";

type Db = Kysely<Database>;

/** A stored outcome framework: its target links and its document (validated by the service). */
export interface OutcomeFrameworkRecord {
  id: string;
  title: string;
  partnership: string | null;
  contract: string | null;
  supplyChain: string | null;
  document: unknown;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
}

/** A stored measure as the repository reads and writes it. */
export interface OutcomeMeasureRecord {
  indicator: string;
  date: string;
  value: number;
  personCode: string | null;
  phase: "before" | "after" | null;
  source: string;
}

function fromRow(r: OutcomeFrameworkTable): OutcomeFrameworkRecord {
  return {
    id: r.id,
    title: r.title,
    partnership: r.partnership_id,
    contract: r.contract_id,
    supplyChain: r.supply_chain_id,
    document: JSON.parse(r.document),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
  };
}

/** Every outcome framework of a workspace, by id. */
export async function outcomeFrameworksAll(
  db: Db,
  workspaceId: number,
): Promise<OutcomeFrameworkRecord[]> {
  const rows = await db
    .selectFrom("outcome_frameworks")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("id")
    .execute();
  return rows.map(fromRow);
}

/** One outcome framework, or null. */
export async function outcomeFrameworkGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<OutcomeFrameworkRecord | null> {
  const row = await db
    .selectFrom("outcome_frameworks")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** Inserts or replaces an outcome framework (its creation time and creator are kept on replace). */
export async function outcomeFrameworkPut(
  db: Db,
  workspaceId: number,
  f: OutcomeFrameworkRecord,
): Promise<void> {
  const row: OutcomeFrameworkTable = {
    workspace_id: workspaceId,
    id: f.id,
    title: f.title,
    partnership_id: f.partnership,
    contract_id: f.contract,
    supply_chain_id: f.supplyChain,
    document: JSON.stringify(f.document),
    created_at: f.createdAt,
    updated_at: f.updatedAt,
    created_by: f.createdBy,
  };
  const { workspace_id: _, id: __, created_at: ___, created_by: ____, ...changes } = row;
  await db
    .insertInto("outcome_frameworks")
    .values(row)
    .onConflict((oc) => oc.columns(["workspace_id", "id"]).doUpdateSet(changes))
    .execute();
}

/** Deletes an outcome framework with its measures; returns whether it existed. */
export async function outcomeFrameworkDelete(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("outcome_frameworks")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// 9 parameters a row: 500 rows stay far under PostgreSQL's 65,535 bind parameters.
const CHUNK = 500;

/** Adds measures to a framework (call inside the transaction that checked them). */
export async function outcomeMeasuresAdd(
  db: Db,
  workspaceId: number,
  frameworkId: string,
  measures: readonly OutcomeMeasureRecord[],
  now: string,
): Promise<void> {
  for (let i = 0; i < measures.length; i += CHUNK) {
    const rows = measures.slice(i, i + CHUNK).map((m) => ({
      workspace_id: workspaceId,
      framework_id: frameworkId,
      indicator_id: m.indicator,
      date: m.date,
      value: m.value,
      person_code: m.personCode,
      phase: m.phase,
      source: m.source,
      created_at: now,
    }));
    await db.insertInto("outcome_measures").values(rows).execute();
  }
}

/** A framework's measures by indicator, date and entry order. */
export async function outcomeMeasuresOf(
  db: Db,
  workspaceId: number,
  frameworkId: string,
): Promise<OutcomeMeasureRecord[]> {
  const rows = await db
    .selectFrom("outcome_measures")
    .select(["indicator_id", "date", "value", "person_code", "phase", "source"])
    .where("workspace_id", "=", workspaceId)
    .where("framework_id", "=", frameworkId)
    .orderBy("indicator_id")
    .orderBy("date")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    indicator: r.indicator_id,
    date: r.date,
    value: Number(r.value),
    personCode: r.person_code,
    phase: r.phase as OutcomeMeasureRecord["phase"],
    source: r.source,
  }));
}

/** How many measures a framework has. */
export async function outcomeMeasuresCount(
  db: Db,
  workspaceId: number,
  frameworkId: string,
): Promise<number> {
  const row = await db
    .selectFrom("outcome_measures")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("workspace_id", "=", workspaceId)
    .where("framework_id", "=", frameworkId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A framework's measures grouped by indicator and date: the mean value and how many. */
export async function outcomeMeasureSeries(
  db: Db,
  workspaceId: number,
  frameworkId: string,
): Promise<{ indicator: string; date: string; value: number; count: number }[]> {
  const rows = await db
    .selectFrom("outcome_measures")
    .select((eb) => [
      "indicator_id",
      "date",
      eb.fn.avg<number>("value").as("mean"),
      eb.fn.countAll<number>().as("n"),
    ])
    .where("workspace_id", "=", workspaceId)
    .where("framework_id", "=", frameworkId)
    .groupBy(["indicator_id", "date"])
    .execute();
  return rows.map((r) => ({
    indicator: r.indicator_id,
    date: r.date,
    value: Number(r.mean),
    count: Number(r.n),
  }));
}

/** A framework's measures of people before or after: all a paired change reads. */
export async function outcomeMeasurePairs(
  db: Db,
  workspaceId: number,
  frameworkId: string,
): Promise<
  {
    indicator: string;
    date: string;
    value: number;
    personCode: string;
    phase: "before" | "after";
  }[]
> {
  const rows = await db
    .selectFrom("outcome_measures")
    .select(["indicator_id", "date", "value", "person_code", "phase"])
    .where("workspace_id", "=", workspaceId)
    .where("framework_id", "=", frameworkId)
    .where("person_code", "is not", null)
    .where("phase", "is not", null)
    // Entry order: of two measures of a person on one date, the later entered is their latest.
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    indicator: r.indicator_id,
    date: r.date,
    value: Number(r.value),
    personCode: r.person_code as string,
    phase: r.phase as "before" | "after",
  }));
}
