import { createHash } from "node:crypto";
import type { PbrModel } from "../../shared/pbr.ts";
import {
  type PbrModelRecord,
  pbrModelDelete,
  pbrModelGet,
  pbrModelPut,
  pbrModelsAll,
  workspaceTouch,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { conflict } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import {
  supplyChainIdParse,
  supplyChainLinksCheck,
  supplyChainParse,
  supplyChainRequire,
} from "./supply-chain-checks.ts";

export * from "./supply-chain-analysis.ts";
export * from "./supply-chain-exports.ts";
export * from "./supply-chain-merlin.ts";
export * from "./supply-chain-monte-carlo.ts";

/** A stored supply chain with its validated model. */
export type SupplyChain = PbrModelRecord & { document: PbrModel };

/** A supply chain in a list: links and counts, without the document. */
export interface SupplyChainSummary {
  id: string;
  name: string;
  partnership: string | null;
  contract: string | null;
  providers: number;
  groups: number;
  updatedAt: string;
}

/**
 * What the audit log keeps of a supply chain: its name, links and sizes, and a fingerprint of the
 * model that shows when it changed, never the model itself.
 */
function auditedOf(r: Pick<PbrModelRecord, "name" | "partnership" | "contract" | "document">) {
  const doc = r.document as Partial<PbrModel>;
  const model = createHash("sha256").update(JSON.stringify(r.document)).digest("hex").slice(0, 16);
  const [providers, groups] = [doc.providers?.length ?? 0, doc.groups?.length ?? 0];
  return {
    name: r.name,
    partnership: r.partnership,
    contract: r.contract,
    providers,
    groups,
    model,
  };
}

/** Every supply chain in a workspace, by id. */
export async function supplyChainsList(
  ctx: ServiceContext,
  slug: string,
): Promise<SupplyChainSummary[]> {
  const ws = await workspaceRequire(ctx, slug);
  const rows = await pbrModelsAll(ctx.store.db, ws.id);
  return rows.map((r) => {
    const doc = r.document as Partial<PbrModel>;
    const { document: _, createdAt: __, ...rest } = r;
    return { ...rest, providers: doc.providers?.length ?? 0, groups: doc.groups?.length ?? 0 };
  });
}

/** One supply chain with its model. */
export async function supplyChainDetail(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<SupplyChain> {
  const ws = await workspaceRequire(ctx, slug);
  return supplyChainRequire(ctx.store.db, ws.id, slug, id);
}

/** Creates a supply chain from `{ id, name, partnership?, contract?, document }`. */
export async function supplyChainCreate(
  ctx: ServiceContext,
  slug: string,
  input: { id?: unknown } & Record<string, unknown>,
): Promise<SupplyChain> {
  const ws = await workspaceRequire(ctx, slug);
  const id = supplyChainIdParse(input.id);
  const fields = supplyChainParse(input);
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    if (await pbrModelGet(trx, ws.id, id))
      throw conflict(`A supply chain with id '${id}' already exists`, [
        { path: "$.id", message: `"${id}" is already used` },
      ]);
    await supplyChainLinksCheck(trx, ws.id, fields);
    await pbrModelPut(trx, ws.id, {
      id,
      ...fields,
      createdAt: now,
      updatedAt: now,
      createdBy: ctx.actor().userId,
    });
    await workspaceTouch(trx, ws.id);
    const after = auditedOf(fields);
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "create", "supply-chains", id, undefined, after),
    );
  });
  return supplyChainDetail(ctx, slug, id);
}

/** Saves a supply chain's name, links and model (all or nothing). */
export async function supplyChainUpdate(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: unknown,
): Promise<SupplyChain> {
  const ws = await workspaceRequire(ctx, slug);
  const fields = supplyChainParse(input);
  await ctx.store.db.transaction().execute(async (trx) => {
    const found = await supplyChainRequire(trx, ws.id, slug, id);
    await supplyChainLinksCheck(trx, ws.id, fields);
    await pbrModelPut(trx, ws.id, { ...found, ...fields, updatedAt: ctx.now().toISOString() });
    await workspaceTouch(trx, ws.id);
    const [before, after] = [auditedOf(found), auditedOf(fields)];
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "update", "supply-chains", id, before, after),
    );
  });
  return supplyChainDetail(ctx, slug, id);
}

/** Deletes a supply chain with its survey answers. */
export async function supplyChainRemove(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<void> {
  const ws = await workspaceRequire(ctx, slug);
  await ctx.store.db
    .transaction()
    .execute(async (trx) => {
      const found = await supplyChainRequire(trx, ws.id, slug, id);
      await pbrModelDelete(trx, ws.id, id);
      await workspaceTouch(trx, ws.id);
      const before = auditedOf(found);
      await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "delete", "supply-chains", id, before));
    })
    .catch((error: unknown) => {
      // An outcome framework attached to the chain keeps it (its foreign key refuses the delete).
      if (ctx.store.adapter.constraintOf(error) !== "foreign_key") throw error;
      throw conflict(
        `The supply chain '${id}' has an outcome framework attached; delete or move that first`,
      );
    });
}
