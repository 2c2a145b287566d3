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
    .select(["id", "respondent_relation", "answers", "created_at"])
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
  }));
}
