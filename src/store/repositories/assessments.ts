import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Db = Kysely<Database>;

/** A stored assessment with its partner organisations in order. */
export interface AssessmentRecord {
  id: string;
  name: string;
  /** Null after a replacing import removed the partnership. */
  partnership: string | null;
  partners: string[];
  instrument: { id: string; version: number };
  minGroupSize: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
}

/** A wave of an assessment. */
export interface WaveRecord {
  id: string;
  date: string;
  state: "open" | "closed";
  openedAt: string;
  closedAt: string | null;
}

/** Every assessment of a workspace, by id. */
export async function assessmentsAll(db: Db, workspaceId: number): Promise<AssessmentRecord[]> {
  const rows = await db
    .selectFrom("assessments")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("id")
    .execute();
  const partners = await db
    .selectFrom("assessment_partners")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("assessment_id")
    .orderBy("position")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    partnership: r.partnership_id,
    partners: partners.filter((p) => p.assessment_id === r.id).map((p) => p.organisation_id),
    instrument: { id: r.instrument_id, version: r.instrument_version },
    minGroupSize: r.min_group_size,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
  }));
}

/** One assessment, or null. */
export async function assessmentGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<AssessmentRecord | null> {
  const r = await db
    .selectFrom("assessments")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!r) return null;
  const partners = await db
    .selectFrom("assessment_partners")
    .select("organisation_id")
    .where("workspace_id", "=", workspaceId)
    .where("assessment_id", "=", id)
    .orderBy("position")
    .execute();
  return {
    id: r.id,
    name: r.name,
    partnership: r.partnership_id,
    partners: partners.map((p) => p.organisation_id),
    instrument: { id: r.instrument_id, version: r.instrument_version },
    minGroupSize: r.min_group_size,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
  };
}

/** Inserts an assessment with its partners. */
export async function assessmentInsert(
  db: Db,
  workspaceId: number,
  a: AssessmentRecord,
): Promise<void> {
  await db
    .insertInto("assessments")
    .values({
      workspace_id: workspaceId,
      id: a.id,
      name: a.name,
      partnership_id: a.partnership,
      instrument_id: a.instrument.id,
      instrument_version: a.instrument.version,
      min_group_size: a.minGroupSize,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
      created_by: a.createdBy,
    })
    .execute();
  await db
    .insertInto("assessment_partners")
    .values(
      a.partners.map((organisation_id, position) => ({
        workspace_id: workspaceId,
        assessment_id: a.id,
        organisation_id,
        position,
      })),
    )
    .execute();
}

/** Deletes an assessment with its partners, waves and responses; returns whether it existed. */
export async function assessmentDelete(db: Db, workspaceId: number, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("assessments")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Whether a partnership exists, and the organisations that are (or were) its members. */
export async function partnershipOrganisations(
  db: Db,
  workspaceId: number,
  partnership: string,
): Promise<string[] | null> {
  const found = await db
    .selectFrom("partnerships")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", partnership)
    .executeTakeFirst();
  if (!found) return null;
  const rows = await db
    .selectFrom("memberships")
    .select("organisation_id")
    .where("workspace_id", "=", workspaceId)
    .where("partnership_id", "=", partnership)
    .execute();
  return [...new Set(rows.map((r) => r.organisation_id))];
}
