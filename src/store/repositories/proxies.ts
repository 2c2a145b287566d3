import type { Kysely } from "kysely";
import type { ProxyInput, StoredProxy } from "../../shared/proxies.ts";
import type { Database, ProxyTable } from "../schema.ts";
import { keyedAll, keyedDelete, keyedGet, keyedPut } from "./keyed-rows.ts";

type Db = Kysely<Database>;

function fromRow(r: ProxyTable): StoredProxy {
  return {
    id: r.id,
    name: r.name,
    value: Number(r.value),
    unit: r.unit,
    currency: r.currency,
    year: Number(r.year),
    source: r.source,
    confidence: r.confidence === null ? null : Number(r.confidence),
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
  };
}

/** Every proxy of a workspace, by id. */
export async function proxiesAll(db: Db, workspaceId: number): Promise<StoredProxy[]> {
  return (await keyedAll(db, "proxies", workspaceId)).map(fromRow);
}

/** One proxy, or null. */
export async function proxyGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<StoredProxy | null> {
  const row = await keyedGet(db, "proxies", workspaceId, id);
  return row ? fromRow(row) : null;
}

/** Inserts or replaces a proxy; its creator and creation time are kept on replace. */
export async function proxyPut(
  db: Db,
  workspaceId: number,
  p: ProxyInput & Pick<StoredProxy, "id" | "createdAt" | "updatedAt" | "createdBy">,
): Promise<void> {
  const changed = {
    name: p.name,
    value: p.value,
    unit: p.unit,
    currency: p.currency,
    year: p.year,
    source: p.source,
    confidence: p.confidence,
    notes: p.notes,
    updated_at: p.updatedAt,
  };
  const row = {
    workspace_id: workspaceId,
    id: p.id,
    ...changed,
    created_at: p.createdAt,
    created_by: p.createdBy,
  };
  await keyedPut(db, "proxies", row, changed);
}

/** Deletes a proxy; returns whether it existed. */
export async function proxyDelete(db: Db, workspaceId: number, id: string): Promise<boolean> {
  return keyedDelete(db, "proxies", workspaceId, id);
}
