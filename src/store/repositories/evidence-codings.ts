import type { Kysely } from "kysely";
import type { Database, EvidenceSupportTable } from "../schema.ts";

type Db = Kysely<Database>;

/** Ids per query: well under either dialect's bound-parameter limit. */
const CHUNK = 1000;

/** The code ids of each of `ids` (items with none are absent), sorted by code id. */
export async function evidenceCodingsOf(
  db: Db,
  workspaceId: number,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom("evidence_codes")
      .select(["evidence_id", "code_id"])
      .where("workspace_id", "=", workspaceId)
      .where("evidence_id", "in", ids.slice(i, i + CHUNK))
      .orderBy("evidence_id")
      .orderBy("code_id")
      .execute();
    for (const r of rows) out.set(r.evidence_id, [...(out.get(r.evidence_id) ?? []), r.code_id]);
  }
  return out;
}

/** What each of `ids` supports (items that support nothing are absent). */
export async function evidenceSupportsOf(
  db: Db,
  workspaceId: number,
  ids: readonly string[],
): Promise<Map<string, EvidenceSupportTable>> {
  const out = new Map<string, EvidenceSupportTable>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom("evidence_supports")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("evidence_id", "in", ids.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) out.set(r.evidence_id, r);
  }
  return out;
}
