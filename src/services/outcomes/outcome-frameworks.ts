import { createHash } from "node:crypto";
import { voiceGauge, workspaceVoice } from "../../engine/outcomes/index.ts";
import type {
  OutcomeFrameworkList,
  OutcomeFrameworkSummary,
  VoiceOfUsers,
} from "../../shared/outcome-views.ts";
import type { OutcomeFramework } from "../../shared/outcomes.ts";
import {
  outcomeFrameworkDelete,
  outcomeFrameworkGet,
  outcomeFrameworkPut,
  outcomeFrameworksAll,
  partnershipGet,
  workspaceTouch,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { conflict } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import {
  outcomeFrameworkIdParse,
  outcomeFrameworkLinksCheck,
  outcomeFrameworkOf,
  outcomeFrameworkParse,
  outcomeFrameworkRequire,
  recordFieldsOf,
} from "./outcome-checks.ts";

/** What the audit log keeps of a framework: title, links, sizes and a fingerprint of the outcomes. */
function auditedOf(f: Omit<OutcomeFramework, "id" | "createdAt" | "updatedAt" | "createdBy">) {
  const outcomes = createHash("sha256")
    .update(JSON.stringify(f.outcomes))
    .digest("hex")
    .slice(0, 16);
  const { title, partnership, contract, supplyChain, involvement } = f;
  return { title, partnership, contract, supplyChain, involvement, evidence: f.evidence, outcomes };
}

/** Every outcome framework of a workspace with its gauge, and the workspace's gauge. */
export async function outcomeFrameworksList(
  ctx: ServiceContext,
  slug: string,
): Promise<OutcomeFrameworkList> {
  const ws = await workspaceRequire(ctx, slug);
  const frameworks = (await outcomeFrameworksAll(ctx.store.db, ws.id)).map(outcomeFrameworkOf);
  const items: OutcomeFrameworkSummary[] = frameworks.map((f) => ({
    id: f.id,
    title: f.title,
    partnership: f.partnership,
    contract: f.contract,
    supplyChain: f.supplyChain,
    involvement: f.involvement,
    indicators: f.outcomes.reduce((n, o) => n + o.indicators.length, 0),
    gauge: voiceGauge(f.outcomes),
    updatedAt: f.updatedAt,
  }));
  return { items, gauge: workspaceVoice(frameworks).total };
}

/** The voice-of-users gauge across a workspace and per partnership, with partnership names. */
export async function voiceOfUsers(ctx: ServiceContext, slug: string): Promise<VoiceOfUsers> {
  const ws = await workspaceRequire(ctx, slug);
  const frameworks = (await outcomeFrameworksAll(ctx.store.db, ws.id)).map(outcomeFrameworkOf);
  const { total, partnerships } = workspaceVoice(frameworks);
  const named = [];
  for (const p of partnerships) {
    const found = await partnershipGet(ctx.store.db, ws.id, p.partnership);
    named.push({ ...p, name: found?.name ?? p.partnership });
  }
  return { total, partnerships: named };
}

/** One outcome framework. */
export async function outcomeFrameworkDetail(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<OutcomeFramework> {
  const ws = await workspaceRequire(ctx, slug);
  return outcomeFrameworkRequire(ctx.store.db, ws.id, slug, id);
}

/** Creates a framework from `{ id, title, partnership | contract | supplyChain, involvement, evidence, outcomes }`. */
export async function outcomeFrameworkCreate(
  ctx: ServiceContext,
  slug: string,
  input: { id?: unknown } & Record<string, unknown>,
): Promise<OutcomeFramework> {
  const ws = await workspaceRequire(ctx, slug);
  const id = outcomeFrameworkIdParse(input.id);
  const { id: _, ...rest } = input;
  const fields = outcomeFrameworkParse(rest);
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    if (await outcomeFrameworkGet(trx, ws.id, id))
      throw conflict(`An outcome framework with id '${id}' already exists`, [
        { path: "$.id", message: `"${id}" is already used` },
      ]);
    await outcomeFrameworkLinksCheck(trx, ws.id, fields);
    const createdBy = ctx.actor().userId ?? null;
    const record = { id, ...recordFieldsOf(fields), createdAt: now, updatedAt: now, createdBy };
    await outcomeFrameworkPut(trx, ws.id, record);
    await workspaceTouch(trx, ws.id);
    const entry = auditEntry(
      ctx,
      ws.id,
      "create",
      "outcome-frameworks",
      id,
      undefined,
      auditedOf(fields),
    );
    await auditWrite(ctx, trx, entry);
  });
  return outcomeFrameworkDetail(ctx, slug, id);
}

/** Replaces a framework's title, target, involvement, evidence and outcomes (measures are kept). */
export async function outcomeFrameworkUpdate(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: unknown,
): Promise<OutcomeFramework> {
  const ws = await workspaceRequire(ctx, slug);
  const { id: _, ...rest } = (input ?? {}) as Record<string, unknown>;
  const fields = outcomeFrameworkParse(rest);
  await ctx.store.db.transaction().execute(async (trx) => {
    const found = await outcomeFrameworkRequire(trx, ws.id, slug, id);
    await outcomeFrameworkLinksCheck(trx, ws.id, fields);
    const now = ctx.now().toISOString();
    await outcomeFrameworkPut(trx, ws.id, { ...found, ...recordFieldsOf(fields), updatedAt: now });
    await workspaceTouch(trx, ws.id);
    const [before, after] = [auditedOf(found), auditedOf(fields)];
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "update", "outcome-frameworks", id, before, after),
    );
  });
  return outcomeFrameworkDetail(ctx, slug, id);
}

/** Deletes a framework with its measures. */
export async function outcomeFrameworkRemove(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<void> {
  const ws = await workspaceRequire(ctx, slug);
  await ctx.store.db.transaction().execute(async (trx) => {
    const found = await outcomeFrameworkRequire(trx, ws.id, slug, id);
    await outcomeFrameworkDelete(trx, ws.id, id);
    await workspaceTouch(trx, ws.id);
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "delete", "outcome-frameworks", id, auditedOf(found)),
    );
  });
}
