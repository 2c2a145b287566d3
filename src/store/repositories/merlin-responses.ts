import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Db = Kysely<Database>;

/** One confidential survey response: the respondent's relation to the chain and their answers. */
export interface MerlinResponseRecord {
  id: string;
  relation: string;
  /** Item id → agreement 1–5 (items left out were not answered). */
  answers: Record<string, number>;
  createdAt: string;
  /** The organisation the respondent speaks for, and the respondent link used (null when entered by a member). */
  organisationId?: string | null;
  linkId?: string | null;
}

/** Stores one response to a supply chain's survey. */
export async function merlinResponseInsert(
  db: Db,
  workspaceId: number,
  supplyChainId: string,
  response: MerlinResponseRecord,
): Promise<void> {
  await db
    .insertInto("merlin_responses")
    .values({
      workspace_id: workspaceId,
      id: response.id,
      supply_chain_id: supplyChainId,
      respondent_relation: response.relation,
      answers: JSON.stringify(response.answers),
      created_at: response.createdAt,
      organisation_id: response.organisationId ?? null,
      link_id: response.linkId ?? null,
    })
    .execute();
}

/** Every response to a supply chain's survey, oldest first. */
export async function merlinResponsesOf(
  db: Db,
  workspaceId: number,
  supplyChainId: string,
): Promise<MerlinResponseRecord[]> {
  const rows = await db
    .selectFrom("merlin_responses")
    .select(["id", "respondent_relation", "answers", "created_at", "organisation_id", "link_id"])
    .where("workspace_id", "=", workspaceId)
    .where("supply_chain_id", "=", supplyChainId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    relation: r.respondent_relation,
    answers: JSON.parse(r.answers),
    createdAt: r.created_at,
    organisationId: r.organisation_id,
    linkId: r.link_id,
  }));
}
