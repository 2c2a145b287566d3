import type { Kysely } from "kysely";
import type { Database, PbrModelTable } from "../schema.ts";
import { keyedAll, keyedDelete, keyedGet, keyedPut } from "./keyed-rows.ts";

type Db = Kysely<Database>;

/** A stored supply-chain model: its links and its `partnerscope-pbr/v1` document. */
export interface PbrModelRecord {
  id: string;
  name: string;
  partnership: string | null;
  contract: string | null;
  /** Parsed JSON, validated by the service that wrote it. */
  document: unknown;
  createdAt: string;
  updatedAt: string;
  /** The user who created it; kept by every later update. */
  createdBy?: string | null;
}

function fromRow(r: PbrModelTable): PbrModelRecord {
  return {
    id: r.id,
    name: r.name,
    partnership: r.partnership_id,
    contract: r.contract_id,
    document: JSON.parse(r.document),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
  };
}

function toRow(workspaceId: number, m: PbrModelRecord): PbrModelTable {
  return {
    workspace_id: workspaceId,
    id: m.id,
    name: m.name,
    partnership_id: m.partnership,
    contract_id: m.contract,
    document: JSON.stringify(m.document),
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    created_by: m.createdBy ?? null,
  };
}

/** Every supply-chain model of a workspace, by id. */
export async function pbrModelsAll(db: Db, workspaceId: number): Promise<PbrModelRecord[]> {
  return (await keyedAll(db, "pbr_models", workspaceId)).map(fromRow);
}

/** One supply-chain model, or null. */
export async function pbrModelGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<PbrModelRecord | null> {
  const row = await keyedGet(db, "pbr_models", workspaceId, id);
  return row ? fromRow(row) : null;
}

/** Inserts or replaces a supply-chain model (its creation time is kept on replace). */
export async function pbrModelPut(
  db: Db,
  workspaceId: number,
  model: PbrModelRecord,
): Promise<void> {
  const row = toRow(workspaceId, model);
  const { workspace_id: _, id: __, created_at: ___, created_by: ____, ...changes } = row;
  await keyedPut(db, "pbr_models", row, changes);
}

/** Deletes a supply-chain model with its survey answers; returns whether it existed. */
export async function pbrModelDelete(db: Db, workspaceId: number, id: string): Promise<boolean> {
  return keyedDelete(db, "pbr_models", workspaceId, id);
}
