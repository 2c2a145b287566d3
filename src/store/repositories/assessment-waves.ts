import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { WaveRecord } from "./assessments.ts";

type Db = Kysely<Database>;

/** A stored response: the partner organisation answered for, never a person. */
export interface ResponseRecord {
  id: string;
  wave: string;
  organisation: string;
  answers: Record<string, number | null>;
  ratings: Record<string, number> | null;
  createdAt: string;
}

/** The waves of an assessment, by date. */
export async function wavesOf(
  db: Db,
  workspaceId: number,
  assessment: string,
): Promise<WaveRecord[]> {
  const rows = await db
    .selectFrom("assessment_waves")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("assessment_id", "=", assessment)
    .orderBy("date")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    state: r.state as WaveRecord["state"],
    openedAt: r.opened_at,
    closedAt: r.closed_at,
  }));
}

/** Inserts a wave. */
export async function waveInsert(
  db: Db,
  workspaceId: number,
  assessment: string,
  w: WaveRecord,
): Promise<void> {
  await db
    .insertInto("assessment_waves")
    .values({
      workspace_id: workspaceId,
      assessment_id: assessment,
      id: w.id,
      date: w.date,
      state: w.state,
      opened_at: w.openedAt,
      closed_at: w.closedAt,
    })
    .execute();
}

/** Closes a wave at `at`. */
export async function waveClose(
  db: Db,
  workspaceId: number,
  assessment: string,
  wave: string,
  at: string,
): Promise<void> {
  await db
    .updateTable("assessment_waves")
    .set({ state: "closed", closed_at: at })
    .where("workspace_id", "=", workspaceId)
    .where("assessment_id", "=", assessment)
    .where("id", "=", wave)
    .execute();
}

/** Every response to an assessment, oldest first. */
export async function responsesOf(
  db: Db,
  workspaceId: number,
  assessment: string,
): Promise<ResponseRecord[]> {
  const rows = await db
    .selectFrom("assessment_responses")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("assessment_id", "=", assessment)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    wave: r.wave_id,
    organisation: r.organisation_id,
    answers: JSON.parse(r.answers),
    ratings: r.ratings === null ? null : JSON.parse(r.ratings),
    createdAt: r.created_at,
  }));
}

/** Inserts a response. */
export async function responseInsert(
  db: Db,
  workspaceId: number,
  assessment: string,
  r: ResponseRecord,
): Promise<void> {
  await db
    .insertInto("assessment_responses")
    .values({
      workspace_id: workspaceId,
      id: r.id,
      assessment_id: assessment,
      wave_id: r.wave,
      organisation_id: r.organisation,
      answers: JSON.stringify(r.answers),
      ratings: r.ratings === null ? null : JSON.stringify(r.ratings),
      created_at: r.createdAt,
    })
    .execute();
}
