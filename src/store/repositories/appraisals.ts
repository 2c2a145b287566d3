import type { Kysely } from "kysely";
import type { DialectAdapter } from "../dialects/adapter.ts";
import type { AppraisalActualTable, AppraisalTable, Database } from "../schema.ts";
import { keyedAll, keyedDelete, keyedGet, keyedPut } from "./keyed-rows.ts";
import { chunksOf } from "./paging.ts";

type Db = Kysely<Database>;

/** A stored appraisal: links, status and decision; the documents live in its versions. */
export interface AppraisalRecord {
  id: string;
  title: string;
  partnership: string | null;
  organisations: string[];
  status: "draft" | "decided";
  decidedVersion: number | null;
  decidedOption: string | null;
  latestVersion: number;
  createdAt: string;
  updatedAt: string;
  /** The user who created it; kept by every later update. */
  createdBy?: string | null;
}

/** One version of an appraisal's document (parsed JSON, validated by the service that wrote it). */
export interface AppraisalVersionRecord {
  version: number;
  document: unknown;
  createdAt: string;
}

/** An actual amount recorded for one line of an option in one year (year 0 = decision year). */
export interface AppraisalActual {
  option: string;
  line: string;
  year: number;
  amount: number;
}

function fromRow(r: AppraisalTable, latest: number): AppraisalRecord {
  return {
    id: r.id,
    title: r.title,
    partnership: r.partnership_id,
    organisations: JSON.parse(r.organisations),
    status: r.status as AppraisalRecord["status"],
    decidedVersion: r.decided_version === null ? null : Number(r.decided_version),
    decidedOption: r.decided_option,
    latestVersion: latest,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
  };
}

function toRow(workspaceId: number, a: AppraisalRecord): AppraisalTable {
  return {
    workspace_id: workspaceId,
    id: a.id,
    title: a.title,
    partnership_id: a.partnership,
    organisations: JSON.stringify(a.organisations),
    status: a.status,
    decided_version: a.decidedVersion,
    decided_option: a.decidedOption,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    created_by: a.createdBy ?? null,
  };
}

async function latestVersions(db: Db, workspaceId: number, id?: string) {
  let query = db
    .selectFrom("appraisal_versions")
    .select(["appraisal_id", (eb) => eb.fn.max("version").as("latest")])
    .where("workspace_id", "=", workspaceId)
    .groupBy("appraisal_id");
  if (id !== undefined) query = query.where("appraisal_id", "=", id);
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.appraisal_id, Number(r.latest)]));
}

/** Every appraisal of a workspace, by id. */
export async function appraisalsAll(db: Db, workspaceId: number): Promise<AppraisalRecord[]> {
  const rows = await keyedAll(db, "appraisals", workspaceId);
  const latest = await latestVersions(db, workspaceId);
  return rows.map((r) => fromRow(r, latest.get(r.id) ?? 0));
}

/** One appraisal, or null. */
export async function appraisalGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<AppraisalRecord | null> {
  const row = await keyedGet(db, "appraisals", workspaceId, id);
  if (!row) return null;
  return fromRow(row, (await latestVersions(db, workspaceId, id)).get(id) ?? 0);
}

/** Inserts or replaces an appraisal's own row (not its versions or actuals). */
export async function appraisalPut(
  db: Db,
  workspaceId: number,
  appraisal: AppraisalRecord,
): Promise<void> {
  const {
    workspace_id: _,
    id: __,
    created_at: ___,
    created_by: ____,
    ...changes
  } = toRow(workspaceId, appraisal);
  await keyedPut(db, "appraisals", toRow(workspaceId, appraisal), changes);
}

/** Deletes an appraisal with its versions and actuals; returns whether it existed. */
export async function appraisalDelete(db: Db, workspaceId: number, id: string): Promise<boolean> {
  return keyedDelete(db, "appraisals", workspaceId, id);
}

/** Writes one version's document (a new version, or the current draft rewritten). */
export async function appraisalVersionPut(
  db: Db,
  workspaceId: number,
  id: string,
  version: AppraisalVersionRecord,
): Promise<void> {
  const document = JSON.stringify(version.document);
  await db
    .insertInto("appraisal_versions")
    .values({
      workspace_id: workspaceId,
      appraisal_id: id,
      version: version.version,
      document,
      created_at: version.createdAt,
    })
    .onConflict((oc) =>
      oc.columns(["workspace_id", "appraisal_id", "version"]).doUpdateSet({ document }),
    )
    .execute();
}

/** One version of an appraisal, or null. */
export async function appraisalVersionGet(
  db: Db,
  workspaceId: number,
  id: string,
  version: number,
): Promise<AppraisalVersionRecord | null> {
  const row = await db
    .selectFrom("appraisal_versions")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("appraisal_id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  if (!row) return null;
  return { version: row.version, document: JSON.parse(row.document), createdAt: row.created_at };
}

/** The version numbers of an appraisal with when each was written, oldest first. */
export async function appraisalVersionsOf(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<{ version: number; createdAt: string }[]> {
  const rows = await db
    .selectFrom("appraisal_versions")
    .select(["version", "created_at"])
    .where("workspace_id", "=", workspaceId)
    .where("appraisal_id", "=", id)
    .orderBy("version")
    .execute();
  return rows.map((r) => ({ version: Number(r.version), createdAt: r.created_at }));
}

/** Every actual recorded for an appraisal, by option, line and year. */
export async function appraisalActualsOf(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<AppraisalActual[]> {
  const rows = await db
    .selectFrom("appraisal_actuals")
    .select(["option_id", "line_id", "year", "amount"])
    .where("workspace_id", "=", workspaceId)
    .where("appraisal_id", "=", id)
    .orderBy("option_id")
    .orderBy("line_id")
    .orderBy("year")
    .execute();
  return rows.map((r) => ({
    option: r.option_id,
    line: r.line_id,
    year: Number(r.year),
    amount: Number(r.amount),
  }));
}

/** Inserts or replaces actuals by (option, line, year); `recordedAt` is an ISO timestamp. */
export async function appraisalActualsPut(
  db: Db,
  adapter: DialectAdapter,
  workspaceId: number,
  id: string,
  actuals: readonly AppraisalActual[],
  recordedAt: string,
): Promise<void> {
  const rows: AppraisalActualTable[] = actuals.map((a) => ({
    workspace_id: workspaceId,
    appraisal_id: id,
    option_id: a.option,
    line_id: a.line,
    year: a.year,
    amount: a.amount,
    recorded_at: recordedAt,
  }));
  for (const chunk of chunksOf(rows, 7, adapter.maxParameters))
    await db
      .insertInto("appraisal_actuals")
      .values(chunk)
      .onConflict((oc) =>
        oc
          .columns(["workspace_id", "appraisal_id", "option_id", "line_id", "year"])
          .doUpdateSet((eb) => ({
            amount: eb.ref("excluded.amount"),
            recorded_at: eb.ref("excluded.recorded_at"),
          })),
      )
      .execute();
}
